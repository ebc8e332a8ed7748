/**
 * Engine bench: the seed example ("trim the awkward pauses, add a fun text overlay, and cut it
 * down to 10 seconds", tiktok) rendered by the engine, side by side with ONE hand-written ffmpeg
 * command doing the same edit (the engine's kept segments as seeked inputs, concat, drawtext,
 * -t 10, libx264 veryfast crf 23, AAC 128k). Runs alternate and medians are reported, because a
 * shared 2-core machine is noisy.
 *
 *   npx tsx bench/engine.ts            (standalone)
 *   import { run } from "./engine.js"  (from a bench runner)
 */
import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { renderEdit } from "../src/engine/render.js";
import { EditPlanSchema } from "../src/plan/schema.js";
import { probeMedia } from "../src/media/probe.js";
import type { Timeline } from "../src/timeline/schema.js";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const CACHE = path.join(ROOT, "bench/.cache");
const SPEECH = path.resolve(ROOT, "../shared/media/speech_male_voice_pauses_green_timecode_720p30.mp4");
const INPUT = path.join(CACHE, "speech_18s_1080x1920.mp4");
const FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf";
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);

export const SEED_PLAN = EditPlanSchema.parse({
  output: { preset: "tiktok" },
  cut: { removePauses: {}, targetDurationMs: 10_000, durationMode: "exact" },
  texts: [{ text: "Banana Bread!", style: "fun", position: "top", animation: "pop", startMs: 0, endMs: 3000 }],
});

/** The bench input, made once: the first 18 s of the speech clip reframed to 1080×1920 H.264. */
function ensureInput(): void {
  if (fs.existsSync(INPUT)) return;
  fs.mkdirSync(CACHE, { recursive: true });
  execFileSync("ffmpeg", [
    "-v",
    "error",
    "-y",
    "-i",
    SPEECH,
    "-t",
    "18",
    "-vf",
    "scale=1080:1920:force_original_aspect_ratio=increase,crop=1080:1920,setsar=1",
    "-c:v",
    "libx264",
    "-preset",
    "veryfast",
    "-crf",
    "20",
    "-pix_fmt",
    "yuv420p",
    "-colorspace",
    "bt709",
    "-color_primaries",
    "bt709",
    "-color_trc",
    "bt709",
    "-c:a",
    "aac",
    "-b:a",
    "128k",
    `${INPUT}.tmp.mp4`,
  ]);
  fs.renameSync(`${INPUT}.tmp.mp4`, INPUT);
}

/** What a person would type: the engine's kept segments, seeked, concatenated, titled, encoded. */
export function handCommand(timeline: Timeline, input: string, output: string): string[] {
  const video = timeline.tracks.find((t) => t.type === 0);
  const segs = video?.type === 0 ? video.segments : [];
  const inputs = segs.flatMap((s) => [
    "-ss",
    (s.sourceInMs / 1000).toFixed(3),
    "-t",
    ((s.sourceOutMs - s.sourceInMs) / 1000).toFixed(3),
    "-i",
    input,
  ]);
  const pads = segs.map((_, i) => `[${i}:v][${i}:a]`).join("");
  const title = [
    `drawtext=fontfile=${FONT}:text='Banana Bread!':fontsize=103:fontcolor=0xFFE133`,
    "borderw=10:bordercolor=black:x=(w-text_w)/2:y=h*0.12:enable='between(t,0,3)'",
  ].join(":");
  return [
    "-v",
    "error",
    "-y",
    ...inputs,
    "-filter_complex",
    `${pads}concat=n=${segs.length}:v=1:a=1[v][a];[v]${title}[vt]`,
    "-map",
    "[vt]",
    "-map",
    "[a]",
    "-t",
    "10",
    "-c:v",
    "libx264",
    "-preset",
    "veryfast",
    "-crf",
    "23",
    "-c:a",
    "aac",
    "-b:a",
    "128k",
    output,
  ];
}

/**
 * CPU seconds used so far by this process and its finished children (Linux /proc, 100 Hz ticks).
 * On a shared machine wall time swings with the neighbours' load; CPU time barely does.
 */
function cpuSeconds(): number {
  const fields = fs.readFileSync("/proc/self/stat", "utf8").split(") ")[1]?.split(" ") ?? [];
  // After "pid (comm) ", utime/stime/cutime/cstime are fields 12–15 (0-based).
  const ticks = [11, 12, 13, 14].reduce((n, i) => n + Number(fields[i] ?? 0), 0);
  return ticks / 100;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
};

export async function run(): Promise<{ name: string; lines: string[] }> {
  ensureInput();
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "promptcut-bench-"));
  try {
    const info = await probeMedia(INPUT, fs.statSync(INPUT).size);
    const engineOut = path.join(work, "engine.mp4");
    const handOut = path.join(work, "hand.mp4");
    const engine = async () => {
      const c0 = cpuSeconds();
      const t0 = performance.now();
      const res = await renderEdit({
        source: { path: INPUT, name: path.basename(INPUT), info },
        plan: SEED_PLAN,
        outputPath: engineOut,
        ffmpegPath: "ffmpeg",
        ffprobePath: "ffprobe",
        timeoutMs: 300_000,
      });
      return { ms: performance.now() - t0, cpu: cpuSeconds() - c0, res };
    };
    // Warm-up (page cache, font cache) and the segments the hand command reuses.
    const first = await engine();
    const args = handCommand(first.res.timeline, INPUT, handOut);
    const hand = () => {
      const c0 = cpuSeconds();
      const t0 = performance.now();
      const r = spawnSync("ffmpeg", args, { stdio: ["ignore", "ignore", "pipe"] });
      if (r.status !== 0) throw new Error(`hand command failed: ${r.stderr.toString()}`);
      return { ms: performance.now() - t0, cpu: cpuSeconds() - c0 };
    };
    hand();

    const engineRuns: Array<{ ms: number; cpu: number }> = [];
    const handRuns: Array<{ ms: number; cpu: number }> = [];
    for (let i = 0; i < ROUNDS; i++) {
      // Alternate which goes first, so a slow spell of the machine hits both alike.
      if (i % 2 === 0) {
        engineRuns.push(await engine());
        handRuns.push(hand());
      } else {
        handRuns.push(hand());
        engineRuns.push(await engine());
      }
    }
    const engineMs = engineRuns.map((r) => r.ms);
    const handMs = handRuns.map((r) => r.ms);
    const cpuRatio = median(engineRuns.map((r) => r.cpu)) / median(handRuns.map((r) => r.cpu));
    const e = median(engineMs);
    const h = median(handMs);
    // Each round's pair ran back to back, so its ratio cancels most of the machine's swings.
    const ratio = median(engineMs.map((x, i) => x / (handMs[i] as number)));
    const engineSize = fs.statSync(engineOut).size;
    const handSize = fs.statSync(handOut).size;
    const outSec = first.res.timeline.durationMs / 1000;
    const segs = first.res.timeline.tracks.find((t) => t.type === 0)?.segments.length ?? 0;
    const min = (xs: number[]) => Math.min(...xs);
    const lines = [
      `input: 18 s 1080×1920 H.264 speech clip → ${outSec} s output, ${segs} ` +
        `kept segments, ${ROUNDS} alternating rounds (${os.availableParallelism()} ` +
        `CPUs, load ${os.loadavg()[0]?.toFixed(1)})`,
      `engine (renderEdit: analyse + render, quality ${SEED_PLAN.output.quality}): ` +
        `median ${(e / 1000).toFixed(2)} s, best ${(min(engineMs) / 1000).toFixed(2)} ` +
        `s, ${(engineSize / 1024).toFixed(0)} KiB, ${(outSec / (e / 1000)).toFixed(2)}× ` +
        `real time (best ${(outSec / (min(engineMs) / 1000)).toFixed(2)}×)`,
      `hand command (veryfast crf 23, AAC 128k):  median ${(h / 1000).toFixed(2)} ` +
        `s, best ${(min(handMs) / 1000).toFixed(2)} s, ${(handSize / 1024).toFixed(0)} ` +
        `KiB, ${(outSec / (h / 1000)).toFixed(2)}× real time`,
      `time ratio engine/hand (target ≤ 1.15): median of per-round ratios ` +
        `${ratio.toFixed(3)}, ratio of medians ${(e / h).toFixed(3)}, ratio ` +
        `of best runs ${(min(engineMs) / min(handMs)).toFixed(3)}`,
      `CPU time ratio engine/hand: ${cpuRatio.toFixed(3)} (user+sys of every ` +
        `process each side ran; other load barely moves it)`,
      `size ratio engine/hand (target ≤ 1.3): ${(engineSize / handSize).toFixed(3)}`,
      `all runs (s): engine ${engineMs.map((x) => (x / 1000).toFixed(2)).join(" ")} ` +
        `| hand ${handMs.map((x) => (x / 1000).toFixed(2)).join(" ")}`,
    ];
    return { name: "engine", lines };
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  run().then(
    (r) => console.log(`## ${r.name}\n${r.lines.join("\n")}`),
    (err: unknown) => {
      console.error(err);
      process.exitCode = 1;
    },
  );
}
