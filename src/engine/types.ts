import type { Logger } from "pino";
import type { EditPlan } from "../plan/schema.js";
import type { MediaInfo } from "../shared/probe.js";
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
  /** Pause analysis, when the plan asked for pause removal. */
  pauses?: { found: Array<{ startMs: number; endMs: number }>; removed: Array<{ startMs: number; endMs: number }> } | undefined;
}
