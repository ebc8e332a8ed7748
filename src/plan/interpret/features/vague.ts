import type { Draft } from "../draft.js";

/**
 * Open-ended asks ("make it look better", "make it viral", "idk make it good") change nothing:
 * the plan says so and suggests concrete instructions instead of guessing.
 */
const VAGUE = /\bmake\s+(?:it|this)\s+(?:look\s+|sound\s+|feel\s+)?(?:more\s+)?(?:better|good|nice|nicer|cool|cooler|pop|viral|amazing|awesome|great|professional|pro|aesthetic|fire|lit|engaging|interesting|fun|perfect|pretty|prettier|cinematic|epic|slick|polished|better\s+looking)\b|\bgo\s+viral\b|\b(?:improve|enhance|polish|beautify)(?:\s+(?:it|this))?\b|\b(?:spice|jazz|liven|pep)\s+(?:it\s+|this\s+)?up\b|\bdo\s+something\s+(?:cool|fun|nice|creative|interesting|special)(?:\s+with\s+(?:it|this))?\b|\bmake\s+(?:it|this)\s+(?:more\s+)?(?:trendy|catchy|eye[\s-]catching|fresh|lit|dope|cute|stunning|beautiful|unique|creative)\b|\bmake\s+magic\b|\bdo\s+your\s+(?:thing|magic)\b|\bedit\s+(?:it|this)(?:\s+(?:nicely|well|for\s+me))?\b|\bidk\b|\bwhatever\b|\bsurprise\s+me\b|\bmake\s+it\s+look\s+good\b|优化|好看|美化|精彩|高级感|随便/;

export const SUGGESTION =
  'That is open-ended, so nothing was changed for it. Try concrete steps such as "trim the pauses", "cut it to 15 seconds", "add text \\"…\\" at the top", "add quiet music" or "for TikTok".';

/** "just export it, no changes", "as is": nothing to change, said out loud. */
const AS_IS = /\b(?:no|without|zero)\s+(?:other\s+|more\s+|further\s+)?(?:changes?|edits?|editing|tweaks?)\b|\bas[\s-]is\b|\bunchanged\b|\bdon't\s+(?:change|edit|touch)\s+(?:anything|it|a\s+thing)\b|不用改|不要改|原样/;

export function vague(d: Draft): void {
  for (const cl of d.clauses) {
    if (cl.take(VAGUE)) d.vague = true;
    cl.take(AS_IS);
  }
}
