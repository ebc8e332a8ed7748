import type { Draft } from "../draft.js";
import { VIDEO_NOUN } from "./common.js";

/**
 * A phrase that only names the video being edited — "for my clutch clip: 1.5x", "listing video for
 * instagram feed, …", "shop promo — vertical", "ok so this is my pasta video, …", "今天的vlog帮我剪一下：…"
 * — is the object of the request, as "trim my lesson" is: it asks for nothing more. Read only at the
 * start of a clause, before a label mark or what other rules claimed, and only when the instruction
 * asks for something (alone, it is still reported: nothing else says what the user wanted).
 */
const TOPIC = new RegExp(
  String.raw`^[\s\u0001]*(?:(?:ok(?:ay)?|so|well|alright|hey|hi)[\s,]+)*(?:(?:this\s+is|it's|its|here's|heres|for)\s+)?(?:(?:my|our|this|the|a|today's|todays|his|her|their|[a-z]+'s)\s+)?(?:[a-z'-]+\s+){0,3}?${VIDEO_NOUN}s?\b(?=[\s\u0001]*(?:[:\-—]|$|\u0001))` +
    String.raw`|^[\s\u0001]*(?:这是)?(?:我的|今天的|这个|这条)?[\u4e00-\u9fffa-z]{0,6}?(?:vlog|视频|片子|短片|短视频)(?:(?:请)?帮我(?:剪(?:一下|辑一下)?|处理一下))?(?=[\s\u0001]*(?:[:]|$|\u0001))`,
);

const GATE = new RegExp(String.raw`${VIDEO_NOUN}|vlog|视频|片子|短片`);

export function topics(d: Draft): void {
  if (!d.clauses.some((cl) => !cl.untouched)) return;
  for (const cl of d.clauses) {
    if (!cl.has(GATE)) continue;
    const m = cl.find(TOPIC);
    if (m && m[0].trim()) cl.claim(m.index, m.index + m[0].length);
  }
}
