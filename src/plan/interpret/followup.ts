import { normalizePlan } from "../normalize.js";
import { EditPlanSchema, MusicSchema, PRESET_FRAMES, RemovePausesSchema, type EditPlan, type Intent, type TextOverlay } from "../schema.js";
import { clipRefs, type Source } from "./clip-refs.js";
import type { Draft, TextAttrs } from "./draft.js";
import { explicitAttrs } from "./features/texts.js";
import { extractQuotes } from "./quotes.js";
import { read } from "./read.js";
import { sanitize } from "./sanitize.js";
import { describeChanges } from "./changes.js";

/**
 * A session's next message, read against its current plan (issue 7). Comparatives are steps from
 * the current values ("2 seconds shorter", "louder music", "bigger text"); words about an overlay
 * change the overlays the plan has; anything absolute merges over the plan (new fields win, the
 * rest stays). Pure, deterministic, never throws. Conventions: README "Follow-ups".
 */

export interface FollowUpContext {
  /** The clip's file name (a default title when a new overlay has no text). */
  sourceName?: string | undefined;
  /** The clip's length: the base for "shorter" when the plan has no target yet. */
  sourceDurationMs?: number | undefined;
  /** The session's clips, in order: "the second clip" is sources[1]. */
  sources?: Array<{ id: string; name: string }> | undefined;
}

export type FollowUpIntent = Exclude<Intent, "edit">;

export type FollowUp =
  | {
      kind: "edit";
      plan: EditPlan;
      /** What changed, one line each, for the user ("length 10 s → 8 s"). */
      changes: string[];
      /** The clips the edit is for; null = all of them. */
      target: { sourceIds: string[] } | null;
      /**
       * The message also asked for the export ("export as gif", "trim the pauses and export"): render
       * the new plan as the export, not a preview. Absent when it did not.
       */
      thenExport?: true;
    }
  | { kind: "undo" }
  | { kind: "redo" }
  | { kind: "intent"; intent: FollowUpIntent };

/** What may stand before an undo or redo: "oops, undo that", "nah nvm", "ugh that's worse, go back". */
const LEAD_IN = String.raw`(?:(?:oops|no|nope|nah|hm+|ugh|meh|eh|actually|wait|ok|okay|sorry|please|pls|lol|oh|ah|yikes|can\s+(?:you|u)|could\s+(?:you|u)|would\s+you|just|that's\s+(?:worse|wrong|bad|not\s+(?:it|right|better))|i\s+don't\s+like\s+(?:it|that))[\s,!.]*)*`;
const UNDO = new RegExp(
  String.raw`^${LEAD_IN}(?:undo|revert|go\s+back|step\s+back|take\s+(?:that|it)\s+back|cancel\s+(?:that|the\s+last\s+(?:change|edit))|scratch\s+that|never\s*mind|nvm|back\s+up|roll\s+(?:it\s+)?back|(?:change|switch|set)\s+it\s+back|(?:ctrl|cmd|command)\s*[+-]?\s*z)(?:\s+(?:(?:that|this|the|my)\s+(?:last|previous|latest)\s+(?:change|edit|step|one|thing)|that|it|this|the\s+last\s+(?:change|edit|step|one)|(?:last|previous)\s+(?:change|edit|step|one)|one\s+step|a\s+step|please|pls|thanks|thx|again|undo|go\s+back))*[\s.!?]*$` +
    String.raw`|^(?:请|帮我)?(?:撤销|撤回|撤消|取消上一步|回到上一步|返回上一步|退回上一步|上一步|还原|回退|退回|返回)(?:一下|上一步|一步|刚才的?(?:修改|操作)?|吧|了)*[。！!.]*$`,
  "i",
);
const REDO = new RegExp(
  String.raw`^${LEAD_IN}(?:redo|re-do|undo\s+(?:the|that|my)\s+undo|put\s+it\s+back|bring\s+it\s+back|(?:ctrl|cmd|command)\s*[+-]?\s*(?:shift\s*[+-]?\s*z|y))(?:\s+(?:that|it|this|the\s+last\s+(?:change|edit|step|one)|that\s+(?:change|edit)|please|pls|again))*[\s.!?]*$` +
    String.raw`|^(?:请|帮我)?(?:重做|恢复|取消撤销|重新做)(?:一下|吧|刚才的?(?:修改|操作)?)*[。！!.]*$`,
  "i",
);

export function interpretFollowUp(text: string, current: EditPlan, ctx: FollowUpContext = {}): FollowUp {
  const base = currentPlan(current);
  try {
    return run(typeof text === "string" ? text : "", base, ctx ?? {});
  } catch {
    // A bug in a rule must not cost the session its plan.
    return { kind: "edit", plan: { ...base, notes: ["The message could not be read; nothing was changed."], unrecognized: [] }, changes: [], target: null };
  }
}

function currentPlan(current: EditPlan): EditPlan {
  const parsed = EditPlanSchema.safeParse(current ?? {});
  return normalizePlan(parsed.success ? parsed.data : EditPlanSchema.parse({}));
}

function run(text: string, base: EditPlan, ctx: FollowUpContext): FollowUp {
  const clean = sanitize(text).text.trim();
  if (UNDO.test(clean)) return { kind: "undo" };
  if (REDO.test(clean)) return { kind: "redo" };

  // Clip references are looked for outside quotes: "add 'the first clip' as text" names none.
  const { masked, quotes } = extractQuotes(clean);
  const refs = clipRefs(masked, ctx.sources as Source[] | undefined);
  const unchanged = (note: string): FollowUp => ({ kind: "edit", plan: { ...base, notes: [note], unrecognized: [] }, changes: [], target: null });
  if (refs.missing) return unchanged(refs.missing);
  const message = refs.text.replace(/\uE000q(\d+)\uE001/g, (_, i: string) => `“${quotes[Number(i)] ?? ""}”`);

  const notes: string[] = [];
  const { message: plain, named } = selected(message, base.texts, notes);
  const { plan: fresh, draft } = read(plain, {
    sourceName: ctx.sourceName,
    sourceDurationMs: ctx.sourceDurationMs,
    followUp: { texts: base.texts.length },
  });
  // In a session an output setting is a change too: "export as gif" is the gif format, then the export.
  const changed = draft.edited || Object.keys(draft.output).length > 0;
  if (!changed && fresh.intent !== "edit") return { kind: "intent", intent: fresh.intent };
  const thenExport = draft.intents.includes("export");

  const next = apply(base, fresh, draft, ctx, notes, named);
  // Where the music comes from was said when it was added.
  const said = base.audio.music ? fresh.notes.filter((n) => !n.startsWith("Music: ")) : fresh.notes;
  next.notes = [...said, ...notes].slice(0, 50);
  next.unrecognized = fresh.unrecognized;
  const parsed = EditPlanSchema.safeParse(next);
  if (!parsed.success) return unchanged("Part of the message could not be applied; nothing was changed.");
  const plan = normalizePlan(parsed.data);
  const target = refs.sourceIds ? { sourceIds: refs.sourceIds } : null;
  const changes = describeChanges(base, plan);
  if (!thenExport) return { kind: "edit", plan, changes, target };
  // "export as mp4" when it already is: nothing to change, only the export (unless something was not understood).
  if (changes.length === 0 && plan.unrecognized.length === 0 && target === null) return { kind: "intent", intent: "export" };
  return { kind: "edit", plan, changes, target, thenExport: true };
}

const round = (v: number, places = 3) => Math.round(v * 10 ** places) / 10 ** places;
const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

function apply(base: EditPlan, fresh: EditPlan, d: Draft, ctx: FollowUpContext, notes: string[], named: number[] | null): EditPlan {
  const out: EditPlan = structuredClone(base);
  out.intent = "edit";
  output(out, fresh, d);
  cut(out, fresh, d, ctx, notes);

  if (d.relative.speed !== undefined) {
    const v = round(out.speed * d.relative.speed);
    if (v < 0.25 || v > 4) notes.push(`Speed ${v}x is outside 0.25x–4x; used ${v < 0.25 ? 0.25 : 4}x.`);
    out.speed = clamp(v, 0.25, 4);
  } else if (d.speed !== undefined) {
    out.speed = fresh.speed;
  }

  out.texts = texts(base.texts, d, named, notes);
  audio(out, base, fresh, d);
  if (d.fade.inMs !== undefined) out.fade.inMs = d.fade.inMs;
  if (d.fade.outMs !== undefined) out.fade.outMs = d.fade.outMs;
  return out;
}

function output(out: EditPlan, fresh: EditPlan, d: Draft): void {
  const said = d.output;
  for (const key of ["fit", "fps", "format", "quality", "resolution"] as const) {
    if (key in said) (out.output as Record<string, unknown>)[key] = fresh.output[key];
  }
  if ("preset" in said) {
    out.output.preset = fresh.output.preset;
    out.output.aspect = "aspect" in said ? fresh.output.aspect : "source";
  } else if ("aspect" in said) {
    out.output.aspect = fresh.output.aspect;
    // A frame the current preset does not have drops the preset ("vertical" after YouTube).
    const p = out.output.preset;
    if (p && PRESET_FRAMES[p].aspect !== out.output.aspect) out.output.preset = null;
  }
  if ("preset" in said || "aspect" in said || "resolution" in said) {
    out.output.width = null;
    out.output.height = null;
  }
}

function cut(out: EditPlan, fresh: EditPlan, d: Draft, ctx: FollowUpContext, notes: string[]): void {
  const c = d.cut;
  if (c.removePauses) {
    out.cut.removePauses = { ...(out.cut.removePauses ?? RemovePausesSchema.parse({})) };
    if (c.removePauses.minPauseMs !== undefined) out.cut.removePauses.minPauseMs = fresh.cut.removePauses?.minPauseMs ?? c.removePauses.minPauseMs;
    if (c.removePauses.paddingMs !== undefined) out.cut.removePauses.paddingMs = fresh.cut.removePauses?.paddingMs ?? c.removePauses.paddingMs;
  } else if (d.refused.pauses) {
    out.cut.removePauses = null;
  }
  if (c.keep.length > 0 || c.remove.length > 0 || c.keepLastMs !== undefined || c.endAtMs !== undefined) {
    out.cut.ranges = fresh.cut.ranges;
    out.cut.trimStartMs = fresh.cut.trimStartMs;
  }
  if (c.trimStartMs !== undefined) out.cut.trimStartMs = fresh.cut.trimStartMs;
  if (c.trimEndMs !== undefined) out.cut.trimEndMs = fresh.cut.trimEndMs;
  if (c.targetDurationMs !== undefined) {
    out.cut.targetDurationMs = fresh.cut.targetDurationMs;
    out.cut.durationMode = fresh.cut.durationMode;
    return;
  }
  if (d.refused.length) {
    out.cut.targetDurationMs = null;
    out.cut.durationMode = "exact";
    return;
  }
  const { lengthFactor, lengthDeltaMs } = d.relative;
  if (lengthFactor === undefined && lengthDeltaMs === undefined) return;
  const full = fullLength(out, ctx);
  const from = out.cut.targetDurationMs ?? full;
  if (from === null) {
    notes.push('A shorter or longer video needs its current length: say how long (e.g. "make it 8 seconds").');
    return;
  }
  let next = Math.round((lengthFactor !== undefined ? from * lengthFactor : from + lengthDeltaMs!) / 100) * 100;
  if (!(next >= 100)) {
    notes.push("That would leave nothing of the clip; the length was not changed.");
    return;
  }
  if (full !== null && next > full) {
    notes.push(`The clip is ${full / 1000} s long at this speed; the length is capped there.`);
    next = full;
  }
  out.cut.targetDurationMs = next;
}

/** What the output would last without a target: the kept part of the source, at the plan's speed. */
function fullLength(plan: EditPlan, ctx: FollowUpContext): number | null {
  const src = ctx.sourceDurationMs;
  if (typeof src !== "number" || !(src > 0)) return null;
  const ranges = plan.cut.ranges;
  const kept = ranges ? ranges.reduce((s, r) => s + Math.min(r.endMs, src) - r.startMs, 0) : src - plan.cut.trimStartMs - plan.cut.trimEndMs;
  return kept > 0 ? Math.round(kept / plan.speed) : null;
}

function audio(out: EditPlan, base: EditPlan, fresh: EditPlan, d: Draft): void {
  const a = d.audio;
  if (a.mute !== undefined) out.audio.mute = a.mute;
  if (a.normalize !== undefined) out.audio.normalize = a.normalize;
  if (d.relative.volume !== undefined) out.audio.volume = clamp(round(out.audio.volume * d.relative.volume, 2), 0, 4);
  else if (a.volume !== undefined) out.audio.volume = fresh.audio.volume;
  if (a.music === null) {
    out.audio.music = null;
  } else if (a.music) {
    const had = base.audio.music;
    const got = fresh.audio.music ?? MusicSchema.parse({});
    const m = { ...(had ?? MusicSchema.parse({})) };
    if (had && d.relative.music !== undefined) m.volume = clamp(round(had.volume * d.relative.music, 2), 0, 2);
    else if (a.music.volume !== undefined || !had) m.volume = got.volume;
    if (a.music.fadeOutMs !== undefined) m.fadeOutMs = got.fadeOutMs;
    if (a.music.source !== undefined) m.source = got.source;
    out.audio.music = m;
  }
  if (a.duck !== undefined && out.audio.music) out.audio.music.duck = a.duck;
}

// ── overlays

const SIZES = ["small", "medium", "large"] as const;
const TRIGGER = String.raw`(?:texts?|captions?|titles?|overlays?|lines?|subtitles?|labels?|headlines?)`;
const ORD_TEXT = new RegExp(String.raw`\b(first|1st|second|2nd|third|3rd|fourth|4th|fifth|5th|last|top|bottom|middle)\s+${TRIGGER}\b|\b${TRIGGER}\s*#?\s*(\d{1,2})\b(?!\s*(?:s|secs?|seconds?|ms|%)\b)|第\s*([一二三四五\d])\s*(?:个|条|行)?\s*(?:文字|字幕|标题)|\b${TRIGGER}\s+(?:at|on|in)\s+the\s+(top|bottom|middle|center)\b|(顶部|底部|中间)的?(?:文字|字幕|标题)`, "i");
const ADDING = /\b(?:add|insert|include|another|new)\b|加上|添加|再加|新增/i;
const PLACE = /\b(?:put|move|place|set|position|shift|drag|bring|stick|keep)\b[^.,;]*$/i;
const ORD_N: Record<string, number> = { first: 1, "1st": 1, second: 2, "2nd": 2, third: 3, "3rd": 3, fourth: 4, "4th": 4, fifth: 5, "5th": 5 };
const ZH_N: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5 };
/** A change verb: a quote then replaces an overlay's words instead of adding one. */
const REPLACE = /\b(?:change|changed|replace|switch|swap|rename|edit|update|rewrite|fix)\b|\b(?:should|to|it|text|caption|title)\s+(?:say|read)s?\b|\binstead\b|改成|换成|改为|换为|改一下|修改|替换/i;
const ADD = /\b(?:add|another|also|new|second|insert|include|plus)\b|加上|添加|再加|新增/i;

/**
 * Which overlays the message names ("the second text", "the top caption"); null = none named. The
 * naming words become plain "the text", so the rest reads as usual.
 */
function selected(message: string, texts: readonly TextOverlay[], notes: string[]): { message: string; named: number[] | null } {
  const quoted = removedByWords(message, texts);
  if (quoted) return quoted;
  const m = ORD_TEXT.exec(message);
  if (!m) return { message, named: null };
  // "add a second caption 'more below'": a new overlay, not the second one.
  if (ADDING.test(message.slice(0, m.index))) return { message, named: null };
  // "put the caption at the top": after a placement verb the place is where it goes, not which one.
  if (m[4] && PLACE.test(message.slice(0, m.index))) return { message, named: null };
  // "text at the bottom instead" with no overlay at the bottom: where it goes, not which one.
  const place = m[4] ?? m[5];
  if (place) {
    const pos = { top: "top", bottom: "bottom", middle: "center", center: "center", 顶部: "top", 底部: "bottom", 中间: "center" }[place.toLowerCase()];
    if (!texts.some((t) => t.position === pos)) return { message, named: null };
  }
  const plain = message.slice(0, m.index) + (m[3] || m[5] ? "文字" : "text") + message.slice(m.index + m[0].length);
  return { message: plain, named: pick(m, texts, notes) };
}

/** "remove the 'Day 1' text", "delete 'Hi'": the overlay reading those words, by a removal verb. */
const REMOVE_QUOTED = /\b(?:remove|delete|drop|lose|kill|hide|ditch|get\s+rid\s+of|take\s+(?:out|off|away))\b[^“]{0,30}“([^”]*)”|(?:删掉|去掉|删除|去除|拿掉)[^“]{0,10}“([^”]*)”/i;
const HAS_TRIGGER = /\b(?:texts?|captions?|titles?|overlays?|labels?|subtitles?|headlines?|words?)\b|文字|字幕|标题/i;

function removedByWords(message: string, texts: readonly TextOverlay[]): { message: string; named: number[] } | null {
  const m = REMOVE_QUOTED.exec(message);
  if (!m) return null;
  const words = (m[1] ?? m[2] ?? "").trim().toLowerCase();
  const hits = texts.flatMap((t, i) => (t.text.trim().toLowerCase() === words ? [i] : []));
  if (hits.length === 0) return null;
  // The quote goes; a trigger stays or takes its place, so the rest reads as "remove the text".
  const at = m.index + m[0].lastIndexOf("“");
  const before = message.slice(0, at);
  const after = message.slice(at + words.length + 2);
  const noun = /[\u4e00-\u9fff]/.test(message) ? "文字" : " the text ";
  return { message: HAS_TRIGGER.test(before + after) ? `${before} ${after}` : `${before}${noun}${after}`, named: hits };
}

function pick(m: RegExpExecArray, texts: readonly TextOverlay[], notes: string[]): number[] | null {
  const w = (m[1] ?? m[4] ?? { 顶部: "top", 底部: "bottom", 中间: "middle" }[m[5] ?? ""] ?? "").toLowerCase();
  if (w === "top" || w === "bottom" || w === "middle" || w === "center") {
    const pos = w === "middle" ? "center" : w;
    const hits = texts.flatMap((t, i) => (t.position === pos ? [i] : []));
    return hits.length > 0 ? hits : null;
  }
  const n = w === "last" ? texts.length : w ? ORD_N[w]! : m[2] ? Number(m[2]) : (ZH_N[m[3]!] ?? Number(m[3]));
  if (n >= 1 && n <= texts.length) return [n - 1];
  notes.push(`There is no text ${n} (the plan has ${texts.length}); no text was changed.`);
  return [];
}

function attrsOf(t: TextOverlay): TextAttrs {
  const set = explicitAttrs(t);
  const a: TextAttrs = {};
  if (set.has("position")) a.position = t.position;
  if (set.has("style")) a.style = t.style;
  if (set.has("animation")) a.animation = t.animation;
  if (set.has("span")) a.span = { anchor: t.anchor, startMs: t.startMs, endMs: t.endMs };
  if (set.has("size")) a.size = t.size;
  if (set.has("size+")) a.sizeStep = 1;
  if (set.has("size-")) a.sizeStep = -1;
  return a;
}

function restyle(t: TextOverlay, a: TextAttrs, notes: string[]): TextOverlay {
  const next = { ...t };
  if (a.position) next.position = a.position;
  if (a.style) {
    next.style = a.style;
    // "fun" pops unless an animation is named (README).
    if (a.style === "fun" && !a.animation) next.animation = "pop";
  }
  if (a.animation) next.animation = a.animation;
  if (a.span) Object.assign(next, a.span);
  if (a.sizeStep) {
    const i = SIZES.indexOf(t.size) + a.sizeStep;
    if (i < 0 || i >= SIZES.length) notes.push(`The text is already ${t.size}, the ${a.sizeStep > 0 ? "largest" : "smallest"} size.`);
    next.size = SIZES[clamp(i, 0, SIZES.length - 1)]!;
  } else if (a.size) {
    next.size = a.size;
  }
  return next;
}

function texts(current: readonly TextOverlay[], d: Draft, named: number[] | null, notes: string[]): TextOverlay[] {
  let list = current.map((t) => ({ ...t }));
  const chosen = () => named ?? list.map((_, i) => i);
  if (d.refused.texts) {
    const drop = new Set(chosen());
    list = list.filter((_, i) => !drop.has(i));
  }
  const consumed = new Set<number>();
  d.texts.forEach((t, i) => {
    if (consumed.has(i)) return;
    const attrs = attrsOf(t);
    if (!d.textQuoted[i]) {
      // "the text" with overlays present names them; without any, it asks for a new title.
      if (list.length === 0) list.push(t);
      else for (const k of chosen()) list[k] = restyle(list[k]!, attrs, notes);
      return;
    }
    const clause = d.clauses[d.textClauses?.[i] ?? -1]?.orig ?? "";
    const adding = ADD.test(clause);
    const existing = adding ? -1 : list.findIndex((x) => x.text.trim().toLowerCase() === t.text.trim().toLowerCase());
    if (existing >= 0) {
      // "change 'Step 2' to 'Step Two'": the first quote names the overlay, the next one rewrites it.
      const nextQuote = d.texts.findIndex((x, j) => j > i && d.textQuoted[j] && d.textClauses?.[j] === d.textClauses?.[i]);
      if (nextQuote >= 0 && REPLACE.test(clause)) {
        list[existing] = restyle({ ...list[existing]!, text: d.texts[nextQuote]!.text }, attrs, notes);
        consumed.add(nextQuote);
      } else {
        list[existing] = restyle(list[existing]!, attrs, notes);
      }
      return;
    }
    if (list.length > 0 && REPLACE.test(clause) && !adding) {
      const k = named?.[0] ?? list.length - 1;
      if (list[k]) list[k] = restyle({ ...list[k]!, text: t.text }, attrs, notes);
      return;
    }
    if (list.length >= 20) notes.push("Only 20 text overlays fit; the new one was not added.");
    else list.push(t);
  });
  for (const r of d.textRefs) {
    if (list.length === 0) {
      notes.push("There is no text to change; add one with its words in quotes.");
      break;
    }
    for (const k of chosen()) list[k] = restyle(list[k]!, r.attrs, notes);
  }
  return list;
}
