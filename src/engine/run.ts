import { spawn } from "node:child_process";
import { AppError, CanceledError } from "../shared/errors.js";

export interface RunFfmpegOptions {
  ffmpegPath: string;
  args: readonly string[];
  /** Expected output duration, to turn ffmpeg's `out_time` into a fraction. */
  expectedDurationMs: number | null;
  timeoutMs: number;
  signal?: AbortSignal | undefined;
  /** Working directory: files the arguments name by bare name (the texts script) live here. */
  cwd?: string | undefined;
  /** Fraction 0..1 of the render done. */
  onProgress?: (fraction: number) => void;
}

/**
 * The only place that spawns ffmpeg for a render. Progress comes from `-progress pipe:1`; the
 * process is killed (SIGKILL after a grace SIGTERM) on abort or timeout so a canceled job never
 * leaves an encoder running.
 */
export function runFfmpeg(opts: RunFfmpegOptions): Promise<{ stderrTail: string }> {
  return new Promise((resolve, reject) => {
    if (opts.signal?.aborted) return reject(new CanceledError());
    const args = ["-hide_banner", "-nostdin", "-nostats", "-progress", "pipe:1", ...opts.args];
    const child = spawn(opts.ffmpegPath, args, { stdio: ["ignore", "pipe", "pipe"], cwd: opts.cwd });
    let stderr = "";
    let stdoutBuf = "";
    let settled = false;
    let reason: "abort" | "timeout" | null = null;

    const kill = (why: "abort" | "timeout") => {
      if (reason) return;
      reason = why;
      child.kill("SIGTERM");
      setTimeout(() => child.kill("SIGKILL"), 2000).unref();
    };
    const onAbort = () => kill("abort");
    opts.signal?.addEventListener("abort", onAbort, { once: true });
    const timer = setTimeout(() => kill("timeout"), opts.timeoutMs);

    child.stdout.setEncoding("utf8");
    child.stdout.on("data", (chunk: string) => {
      stdoutBuf += chunk;
      for (let nl = stdoutBuf.indexOf("\n"); nl >= 0; nl = stdoutBuf.indexOf("\n")) {
        const line = stdoutBuf.slice(0, nl).trim();
        stdoutBuf = stdoutBuf.slice(nl + 1);
        const m = /^out_time_us=(\d+)/.exec(line);
        if (m && opts.expectedDurationMs && opts.onProgress) {
          opts.onProgress(Math.min(1, Number(m[1]) / 1000 / opts.expectedDurationMs));
        }
      }
    });
    child.stderr.setEncoding("utf8");
    child.stderr.on("data", (chunk: string) => {
      // Keep only the tail: the error that matters is at the end, and a long render logs a lot.
      stderr = (stderr + chunk).slice(-8000);
    });

    const finish = (err: Error | null) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      opts.signal?.removeEventListener("abort", onAbort);
      if (err) reject(err);
      else resolve({ stderrTail: stderr });
    };
    child.on("error", (e) =>
      finish(new AppError("render_failed", `ffmpeg could not start: ${e.message}`, { cause: e })),
    );
    child.on("close", (code) => {
      if (reason === "abort") return finish(new CanceledError());
      if (reason === "timeout")
        return finish(
          new AppError(
            "render_timeout",
            `The render took longer than ${Math.round(opts.timeoutMs / 1000)} s and was stopped.`,
          ),
        );
      if (code !== 0) {
        const last = stderr.trim().split("\n").slice(-3).join(" | ");
        return finish(new AppError("render_failed", `ffmpeg failed (exit ${code}): ${last}`));
      }
      opts.onProgress?.(1);
      finish(null);
    });
  });
}
