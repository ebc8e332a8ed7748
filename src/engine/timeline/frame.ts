import { AUDIO_FORMATS, type EditPlan } from "../../plan/schema.js";
import type { MediaInfo } from "../../media/probe.js";

export interface OutputFrame {
  /** 0 × 0 for audio-only outputs. */
  width: number;
  height: number;
  fps: number;
  notes: string[];
}

/** Players and platforms handle these rates everywhere; a variable-rate phone clip becomes one of them. */
const DEFAULT_FPS = 30;
const MAX_FPS = 60;
/** A GIF at 1080×1920 would run to tens of MB; social GIFs are small and choppy by nature. */
const GIF_MAX_SHORT_SIDE = 480;
const GIF_MAX_FPS = 15;

const even = (n: number) => Math.max(2, Math.round(n / 2) * 2);

/** Rates are kept to 3 decimals; 29.97 and friends are recognised as NTSC rates when compiled. */
const round3 = (n: number) => Math.round(n * 1000) / 1000;

const STANDARD_RATES = [24000 / 1001, 24, 25, 30000 / 1001, 30, 48, 50, 60000 / 1001, 60];

/** An average rate within 0.1% of a standard one is that rate with timestamp jitter (iPhones write 29.977). */
function snapRate(fps: number): number {
  return STANDARD_RATES.find((r) => Math.abs(fps - r) / r < 0.001) ?? fps;
}

/** Plain 9:16 when the source has no picture to take an aspect from (audio-only). */
const AUDIO_ONLY_FRAME = { width: 1080, height: 1920 };

/**
 * Output frame size and rate: the plan's size when it names one, else the source's aspect at the
 * requested short side (1080 by default), always even; the source rate capped at 60, and a
 * constant 30 for variable-rate or unknown sources. Pure; expects a normalised plan.
 */
export function outputFrame(plan: EditPlan, info: MediaInfo): OutputFrame {
  const notes: string[] = [];
  const format = plan.output.format;
  if (AUDIO_FORMATS.has(format)) return { width: 0, height: 0, fps: DEFAULT_FPS, notes };

  let width: number;
  let height: number;
  if (plan.output.width && plan.output.height) {
    width = even(plan.output.width);
    height = even(plan.output.height);
  } else {
    const src = info.video ?? AUDIO_ONLY_FRAME;
    const short = plan.output.resolution ?? 1080;
    if (src.width <= src.height) {
      width = even(short);
      height = even((short * src.height) / src.width);
    } else {
      height = even(short);
      width = even((short * src.width) / src.height);
    }
  }

  let fps: number;
  const v = info.video;
  if (plan.output.fps) fps = Math.min(MAX_FPS, plan.output.fps);
  else if (!v || info.kind !== "video" || v.vfr || !v.fps || v.fps < 1) fps = DEFAULT_FPS;
  else fps = Math.min(MAX_FPS, snapRate(v.fps));

  if (format === "gif") {
    const short = Math.min(width, height);
    if (short > GIF_MAX_SHORT_SIDE) {
      const k = GIF_MAX_SHORT_SIDE / short;
      width = even(width * k);
      height = even(height * k);
      notes.push(`The GIF is ${width}×${height} at up to ${GIF_MAX_FPS} fps to keep the file small.`);
    }
    fps = Math.min(fps, GIF_MAX_FPS);
  }
  return { width, height, fps: round3(fps), notes };
}
