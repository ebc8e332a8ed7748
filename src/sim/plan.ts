import { EditPlanSchema, PRESETS, type EditPlan, type EditPlanInput } from "../plan/schema.js";
import { normalizePlan } from "../plan/normalize.js";

/**
 * The simulated agent's understanding of a message: text → EditPlan. The project's interpreter
 * (src/plan/interpret) is being written on another branch; until it is merged this is a minimal
 * stand-in, and on merge this one function should become `normalizePlan(interpret(text))`.
 * Pure.
 */
export function planFor(text: string): EditPlan {
  const lower = text.toLowerCase();
  const output: NonNullable<EditPlanInput["output"]> = {};
  const cut: NonNullable<EditPlanInput["cut"]> = {};
  const audio: NonNullable<EditPlanInput["audio"]> = {};
  let texts: EditPlanInput["texts"] = [];

  const preset = PRESETS.find((p) => new RegExp(`\\b${p}\\b`).test(lower));
  if (preset) output.preset = preset;
  else if (/\b(vertical|portrait)\b|竖屏/.test(lower)) output.aspect = "9:16";
  else if (/\b(landscape|horizontal|widescreen)\b|横屏/.test(lower)) output.aspect = "16:9";

  const res = /\b(480|720|1080)p\b/.exec(lower);
  if (res) output.resolution = Number(res[1]) as 480 | 720 | 1080;

  const under = /\bunder\s+(\d+(?:\.\d+)?)\s*(?:s|sec|secs|seconds?)\b/.exec(lower);
  const to = /\b(?:cut|trim|shorten)\b[^.]*?\bto\s+(\d+(?:\.\d+)?)\s*(?:s|sec|secs|seconds?)\b/.exec(lower);
  if (under) {
    cut.targetDurationMs = Math.round(Number(under[1]) * 1000);
    cut.durationMode = "max";
  } else if (to) {
    cut.targetDurationMs = Math.round(Number(to[1]) * 1000);
  }
  if (/\b(pauses?|silences?)\b|去掉停顿/.test(lower)) cut.removePauses = {};

  const quoted = /["“「]([^"”」]{1,200})["”」]/.exec(text);
  if (quoted?.[1]) texts = [{ text: quoted[1], startMs: 0, endMs: 3000, position: "top", style: "fun", animation: "pop" }];

  if (/\bmute\b|静音/.test(lower)) audio.mute = true;
  if (/\bmusic\b|背景音乐/.test(lower)) audio.music = {};

  return normalizePlan(EditPlanSchema.parse({ output, cut, audio, texts }));
}

/** The agent's one-line account of a plan, for the reply text. */
export function describePlan(plan: EditPlan): string {
  const did: string[] = [];
  if (plan.output.preset) did.push(`reframed it for ${plan.output.preset} (${plan.output.width}×${plan.output.height})`);
  else if (plan.output.width && plan.output.height) did.push(`reframed it to ${plan.output.width}×${plan.output.height}`);
  if (plan.cut.targetDurationMs) did.push(`${plan.cut.durationMode === "max" ? "kept it under" : "cut it to"} ${plan.cut.targetDurationMs / 1000} s`);
  if (plan.cut.removePauses) did.push("removed the pauses");
  for (const t of plan.texts) did.push(`added the text "${t.text}"`);
  if (plan.audio.mute) did.push("muted the sound");
  if (plan.audio.music) did.push("added background music");
  const last = did.pop() ?? "prepared your clip";
  return did.length === 0 ? last : `${did.join(", ")} and ${last}`;
}
