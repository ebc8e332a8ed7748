import type { EditPlan, TextOverlay } from "../schema.js";

/**
 * What a follow-up changed, one short line per change, for a session to show the user
 * ("length 10 s → 8 s", "text \"Hi\": position top → bottom", "music removed").
 */

const secs = (ms: number) => `${Math.round(ms / 100) / 10} s`;
const pct = (v: number) => `${Math.round(v * 100)}%`;
const onOff = (b: boolean) => (b ? "on" : "off");

function length(c: EditPlan["cut"]): string {
  return c.targetDurationMs === null ? "full length" : `${secs(c.targetDurationMs)}${c.durationMode === "max" ? " at most" : ""}`;
}

function frame(o: EditPlan["output"]): string {
  const size = o.width && o.height ? ` ${o.width}×${o.height}` : "";
  return `${o.preset ?? "no preset"}, ${o.aspect}${size}`;
}

function ranges(c: EditPlan["cut"]): string {
  return c.ranges ? c.ranges.map((r) => `${secs(r.startMs)}–${secs(r.endMs)}`).join(", ") : "all";
}

function span(t: TextOverlay): string {
  const end = t.endMs === null ? "end" : secs(t.endMs);
  return `${secs(t.startMs)}–${end}${t.anchor === "end" ? " before the end" : ""}`;
}

const TEXT_FIELDS = ["position", "style", "animation", "size"] as const;

/**
 * Pairs each overlay before with the one it became, in order; when overlays were removed, those with
 * no identical overlay after are the removed ones ("remove the 'Day 1' text" is not a rewrite of it).
 */
function align(before: readonly TextOverlay[], after: readonly TextOverlay[]): Array<[TextOverlay | undefined, TextOverlay | undefined]> {
  const key = (t: TextOverlay) => JSON.stringify(t);
  const kept = new Set(after.map(key));
  const pairs: Array<[TextOverlay | undefined, TextOverlay | undefined]> = [];
  let extra = before.length - after.length;
  let j = 0;
  for (const a of before) {
    if (extra > 0 && !kept.has(key(a))) {
      pairs.push([a, undefined]);
      extra--;
      continue;
    }
    pairs.push([a, after[j++]]);
  }
  for (; j < after.length; j++) pairs.push([undefined, after[j]]);
  return pairs;
}

function texts(before: readonly TextOverlay[], after: readonly TextOverlay[]): string[] {
  const out: string[] = [];
  for (const [a, b] of align(before, after)) {
    if (a && !b) out.push(`text removed: "${a.text}"`);
    else if (!a && b) out.push(`text added: "${b.text}" (${b.position}, ${span(b)})`);
    else if (a && b) {
      const parts: string[] = [];
      if (a.text !== b.text) parts.push(`"${a.text}" → "${b.text}"`);
      for (const f of TEXT_FIELDS) if (a[f] !== b[f]) parts.push(`${f} ${a[f]} → ${b[f]}`);
      if (span(a) !== span(b)) parts.push(`shown ${span(a)} → ${span(b)}`);
      if (parts.length > 0) out.push(`text "${b.text}": ${parts.join(", ")}`);
    }
  }
  return out;
}

export function describeChanges(a: EditPlan, b: EditPlan): string[] {
  const out: string[] = [];
  if (length(a.cut) !== length(b.cut)) out.push(`length ${length(a.cut)} → ${length(b.cut)}`);
  const ap = a.cut.removePauses;
  const bp = b.cut.removePauses;
  if (!ap !== !bp) out.push(`pause removal ${onOff(Boolean(bp))}`);
  else if (ap && bp && (ap.minPauseMs !== bp.minPauseMs || ap.paddingMs !== bp.paddingMs)) {
    out.push(`pause removal: pauses over ${ap.minPauseMs} ms → ${bp.minPauseMs} ms, padding ${ap.paddingMs} → ${bp.paddingMs} ms`);
  }
  if (ranges(a.cut) !== ranges(b.cut)) out.push(`kept parts ${ranges(a.cut)} → ${ranges(b.cut)}`);
  if (a.cut.trimStartMs !== b.cut.trimStartMs) out.push(`cut from the start ${secs(a.cut.trimStartMs)} → ${secs(b.cut.trimStartMs)}`);
  if (a.cut.trimEndMs !== b.cut.trimEndMs) out.push(`cut from the end ${secs(a.cut.trimEndMs)} → ${secs(b.cut.trimEndMs)}`);
  if (a.speed !== b.speed) out.push(`speed ${a.speed}× → ${b.speed}×`);
  out.push(...texts(a.texts, b.texts));
  const am = a.audio.music;
  const bm = b.audio.music;
  if (am && !bm) out.push("music removed");
  else if (!am && bm) out.push(`music added at ${pct(bm.volume)}`);
  else if (am && bm) {
    if (am.volume !== bm.volume) out.push(`music volume ${pct(am.volume)} → ${pct(bm.volume)}`);
    if (am.duck !== bm.duck) out.push(`music ducking under speech ${onOff(bm.duck)}`);
    if (am.fadeOutMs !== bm.fadeOutMs) out.push(`music fade-out ${secs(am.fadeOutMs)} → ${secs(bm.fadeOutMs)}`);
    if (am.source !== bm.source) out.push(`music file ${am.source ?? "built-in"} → ${bm.source ?? "built-in"}`);
  }
  if (a.audio.mute !== b.audio.mute) out.push(b.audio.mute ? "sound muted" : "sound back on");
  if (a.audio.volume !== b.audio.volume) out.push(`clip volume ${pct(a.audio.volume)} → ${pct(b.audio.volume)}`);
  if (a.audio.normalize !== b.audio.normalize) out.push(`loudness normalisation ${onOff(b.audio.normalize)}`);
  if (a.fade.inMs !== b.fade.inMs) out.push(`fade in ${secs(a.fade.inMs)} → ${secs(b.fade.inMs)}`);
  if (a.fade.outMs !== b.fade.outMs) out.push(`fade out ${secs(a.fade.outMs)} → ${secs(b.fade.outMs)}`);
  if (frame(a.output) !== frame(b.output)) out.push(`frame ${frame(a.output)} → ${frame(b.output)}`);
  const ao = a.output;
  const bo = b.output;
  if ((ao.resolution ?? 1080) !== (bo.resolution ?? 1080)) out.push(`resolution ${ao.resolution ?? 1080}p → ${bo.resolution ?? 1080}p`);
  if (ao.fit !== bo.fit) out.push(`fit ${ao.fit} → ${bo.fit}`);
  if (ao.fps !== bo.fps) out.push(`frame rate ${ao.fps ?? "source"} → ${bo.fps ?? "source"}`);
  if (ao.format !== bo.format) out.push(`format ${ao.format} → ${bo.format}`);
  if (ao.quality !== bo.quality) out.push(`quality ${ao.quality} → ${bo.quality}`);
  return out;
}
