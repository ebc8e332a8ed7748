import { normalizePlan } from "../normalize.js";
import { EditPlanSchema, type EditPlan, type EditPlanInput } from "../schema.js";
import { note, type Draft, type Span } from "./draft.js";
import { SUGGESTION } from "./features/vague.js";

/** The longest a range may run when the source length is unknown: the engine clamps it. */
const OPEN_END_MS = 24 * 3600_000;
const MAX_RANGES = 200;

/** Draft → a schema-valid, normalized EditPlan. */
export function assemble(d: Draft, unrecognized: string[]): EditPlan {
  const given = d.ctx.sourceDurationMs;
  const src = typeof given === "number" && Number.isFinite(given) && given >= 1 ? Math.min(OPEN_END_MS, Math.round(given)) : null;
  const cut = d.cut;
  let ranges: Span[] = [...cut.keep];
  let trimStartMs = cut.trimStartMs ?? 0;
  if (cut.keepLastMs !== undefined) {
    if (src !== null) ranges.push({ startMs: Math.max(0, src - cut.keepLastMs), endMs: src });
    else note(d, `Keeping only the last ${cut.keepLastMs / 1000} s needs the clip's length; it was not applied.`);
  }
  if (cut.remove.length > 0) {
    ranges = complement(cut.remove, src ?? OPEN_END_MS);
    if (src === null) note(d, "The last kept range runs to the end of the clip.");
  }
  if (cut.endAtMs !== undefined && ranges.length === 0 && cut.endAtMs > trimStartMs) {
    ranges = [{ startMs: trimStartMs, endMs: cut.endAtMs }];
    trimStartMs = 0;
  }
  ranges = tidy(ranges, src);
  if (cut.targetDurationMs === undefined && !d.ctx.followUp) resolveRelativeLength(d, src, ranges, trimStartMs);
  if (src !== null && cut.targetDurationMs !== undefined && cut.targetDurationMs >= src && cut.durationMode !== "max") {
    note(d, `The clip is ${src / 1000} s long, not longer than the ${cut.targetDurationMs / 1000} s asked for; it is not stretched.`);
  }

  const output = { ...d.output };
  if (output.preset === undefined && output.aspect === undefined && d.ctx.preset) output.preset = d.ctx.preset;

  const music = d.audio.music ? { ...d.audio.music } : null;
  if (music) note(d, "Music: the music file uploaded with the job is used, or the built-in royalty-free bed when there is none.");
  const intent = d.edited ? "edit" : (d.intents[0] ?? "edit");
  if (d.vague) note(d, SUGGESTION);
  else if (!d.edited && d.intents.length === 0 && Object.keys(d.output).length === 0 && unrecognized.length > 0 && d.audio.music !== null) {
    note(d, `Nothing in the instruction maps to an edit I know. ${SUGGESTION.replace(/^That is open-ended, so nothing was changed for it\. /, "")}`);
  }

  const input: EditPlanInput = {
    intent,
    output,
    cut: {
      removePauses: cut.removePauses ?? null,
      ranges: ranges.length > 0 ? ranges : null,
      trimStartMs,
      trimEndMs: cut.trimEndMs ?? 0,
      targetDurationMs: cut.targetDurationMs ?? null,
      durationMode: cut.durationMode ?? "exact",
    },
    speed: d.speed ?? 1,
    texts: d.texts,
    audio: {
      mute: d.audio.mute ?? false,
      normalize: d.audio.normalize ?? false,
      volume: d.audio.volume ?? 1,
      music,
    },
    fade: d.fade,
    notes: d.notes.slice(0, 50).map((n) => n.slice(0, 1000)),
    unrecognized: unrecognized.slice(0, 50),
  };
  const parsed = EditPlanSchema.safeParse(input);
  if (parsed.success) return normalizePlan(parsed.data);
  // A rule produced something the schema refuses: keep what is valid rather than fail the user.
  const fallback = EditPlanSchema.parse({
    intent,
    notes: [...input.notes!.slice(0, 49), `Part of the instruction could not be applied (${parsed.error.issues[0]?.path.join(".") ?? "plan"}).`],
    unrecognized: input.unrecognized,
  });
  return normalizePlan(fallback);
}

/**
 * "make it shorter" in a plain instruction: a step from the source's length (what is kept of it,
 * at the speed asked). Without the length, a note says what is missing.
 */
function resolveRelativeLength(d: Draft, src: number | null, ranges: Span[], trimStartMs: number): void {
  const { lengthFactor, lengthDeltaMs } = d.relative;
  if (lengthFactor === undefined && lengthDeltaMs === undefined) return;
  if (src === null) {
    note(d, 'A shorter or longer video needs its length (say "cut it to 20 seconds"); the length was not changed.');
    return;
  }
  const kept = ranges.length > 0 ? ranges.reduce((s, r) => s + r.endMs - r.startMs, 0) : src - trimStartMs - (d.cut.trimEndMs ?? 0);
  const base = kept / (d.speed ?? 1);
  const next = Math.round((lengthFactor !== undefined ? base * lengthFactor : base + lengthDeltaMs!) / 100) * 100;
  if (!Number.isFinite(next) || next < 100) {
    note(d, "That would leave nothing of the clip; the length was not changed.");
    return;
  }
  d.cut.targetDurationMs = next;
  d.cut.durationMode = "exact";
}

function complement(remove: Span[], end: number): Span[] {
  const sorted = [...remove].sort((a, b) => a.startMs - b.startMs);
  const out: Span[] = [];
  let at = 0;
  for (const r of sorted) {
    if (r.startMs > at) out.push({ startMs: at, endMs: Math.min(r.startMs, end) });
    at = Math.max(at, r.endMs);
  }
  if (at < end) out.push({ startMs: at, endMs: end });
  return out;
}

/** Sorted, merged, clamped to the source, and within the schema's limits. */
function tidy(ranges: Span[], src: number | null): Span[] {
  const limit = src ?? OPEN_END_MS;
  const sorted = ranges
    .map((r) => ({ startMs: Math.max(0, Math.round(r.startMs)), endMs: Math.min(limit, Math.round(r.endMs)) }))
    .filter((r) => r.endMs > r.startMs)
    .sort((a, b) => a.startMs - b.startMs);
  const out: Span[] = [];
  for (const r of sorted) {
    const prev = out[out.length - 1];
    if (prev && r.startMs <= prev.endMs) prev.endMs = Math.max(prev.endMs, r.endMs);
    else out.push(r);
  }
  return out.slice(0, MAX_RANGES);
}
