import type { Logger } from "pino";
import type { EditPlan } from "../plan/schema.js";
import type { MediaInfo } from "../media/probe.js";
import type { Timeline } from "../timeline/schema.js";

/** Everything the engine needs to render one job. All paths are local files we wrote. */
export interface RenderRequest {
  /** The main source, already probed. */
  source: { path: string; name: string; info: MediaInfo };
  /** Optional music file the caller uploaded with the job. */
  music?: { path: string; name: string; info: MediaInfo } | undefined;
  plan: EditPlan;
  /** Final path; the engine writes a temp file beside it and renames, so a retry never sees half a file. */
  outputPath: string;
  ffmpegPath: string;
  ffprobePath: string;
  timeoutMs: number;
  signal?: AbortSignal | undefined;
  /** Fraction 0..1 of the whole render and the step it is in. */
  onProgress?: ((fraction: number, step: RenderStep) => void) | undefined;
  log?: Logger | undefined;
}

export type RenderStep = "analyse" | "render";

export interface RenderOutput {
  format: EditPlan["output"]["format"];
  width: number | null;
  height: number | null;
  durationMs: number | null;
  sizeBytes: number;
}

export interface RenderResult {
  timeline: Timeline;
  summary: string;
  ffmpegArgs: string[];
  notes: string[];
  output: RenderOutput;
  /** Pause analysis, when the plan asked for pause removal and the clip has speech to judge by. */
  pauses?: PauseReport | undefined;
}

/** Pause removal on the clip's own loudness measure (source ms for spans, output ms for the silence). */
export interface PauseReport {
  /** Silences at least `minPauseMs` long. */
  found: Array<{ startMs: number; endMs: number }>;
  /** What was cut out of them (each keeps `paddingMs` of air beside speech). */
  removed: Array<{ startMs: number; endMs: number }>;
  /** The levels the judgement used, in dBFS: speech (95th percentile), room (10th), and the line between. */
  thresholdDb?: number | null | undefined;
  speechDb?: number | null | undefined;
  noiseDb?: number | null | undefined;
  /** Share of the clip's speech time still in the output, in percent. */
  speechKeptPct?: number | undefined;
  /** Longest silence left in the output, cuts joined. */
  longestSilenceMs?: number | undefined;
}
