import { spawn } from "node:child_process";
import { localInput } from "../../media/formats.js";
import { AppError, CanceledError } from "../../shared/errors.js";
import { LoudnessMeter, type LevelProfile } from "./speech.js";

/** 16 kHz mono holds all of speech's loudness envelope and decodes a minute of audio in ~0.1 s. */
const ANALYSIS_RATE = 16_000;

export interface MeasureLevelsOptions {
  ffmpegPath: string;
  timeoutMs: number;
  signal?: AbortSignal | undefined;
}

/**
 * Decodes one audio stream (chosen by its absolute index from the probe) to mono floats and
 * measures its short-window loudness. Reads only the local file, through the `file` protocol.
 */
export function measureLevels(file: string, streamIndex: number, opts: MeasureLevelsOptions): Promise<LevelProfile> {
  const args = [
    "-hide_banner",
    "-nostdin",
    "-v",
    "error",
    ...localInput(file),
    "-map",
    `0:${streamIndex}`,
    "-vn",
    "-ac",
    "1",
    "-ar",
    String(ANALYSIS_RATE),
    "-f",
    "f32le",
    "pipe:1",
  ];
  return new Promise((resolve, reject) => {
    if (opts.signal?.aborted) return reject(new CanceledError());
    const child = spawn(opts.ffmpegPath, args, { stdio: ["ignore", "pipe", "pipe"] });
    const meter = new LoudnessMeter(ANALYSIS_RATE);
    // A chunk can end inside a 4-byte sample; its first bytes wait for the next chunk.
    let rest = Buffer.alloc(0);
    let stderr = "";
    let killedFor: "abort" | "timeout" | null = null;
    const kill = (why: "abort" | "timeout") => {
      killedFor = why;
      child.kill("SIGKILL");
    };
    const onAbort = () => kill("abort");
    opts.signal?.addEventListener("abort", onAbort, { once: true });
    const timer = setTimeout(() => kill("timeout"), opts.timeoutMs);
    child.stdout.on("data", (b: Buffer) => {
      const buf = rest.length > 0 ? Buffer.concat([rest, b]) : b;
      const whole = buf.length - (buf.length % 4);
      const samples = new Float32Array(whole / 4);
      for (let i = 0; i < samples.length; i++) samples[i] = buf.readFloatLE(i * 4);
      meter.push(samples);
      rest = Buffer.from(buf.subarray(whole));
    });
    child.stderr.setEncoding("utf8");
    child.stderr.on("data", (s: string) => {
      stderr = (stderr + s).slice(-2000);
    });
    child.on("error", (e) => {
      clearTimeout(timer);
      opts.signal?.removeEventListener("abort", onAbort);
      reject(new AppError("render_failed", `ffmpeg could not start: ${e.message}`, { cause: e }));
    });
    child.on("close", (code) => {
      clearTimeout(timer);
      opts.signal?.removeEventListener("abort", onAbort);
      if (killedFor === "abort") return reject(new CanceledError());
      if (killedFor === "timeout")
        return reject(new AppError("render_timeout", "Measuring the audio took too long and was stopped."));
      if (code !== 0)
        return reject(
          new AppError("render_failed", `Could not read the audio: ${stderr.trim().split("\n").pop() ?? ""}`),
        );
      resolve(meter.finish());
    });
  });
}
