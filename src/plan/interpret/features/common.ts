/** Regex sources several rules share. */

/** Verbs that remove part of the clip: "cut the first 2 s", "get rid of the pauses". */
export const REMOVE_VERB = String.raw`(?:cut(?:\s+(?:off|out|away))?|trim(?:\s+(?:off|out))?|remove|delete|chop(?:\s+off)?|skip|drop|lose|get\s+rid\s+of|take\s+(?:out|off)|strip(?:\s+out)?|shave(?:\s+off)?|kill|ditch|snip|lop(?:\s+off)?|hack\s+off|axe|nix|scrap|eliminate|edit\s+out|clean\s+up)`;

export const ZH_REMOVE_VERB = String.raw`(?:去掉|去除|删掉|删除|剪掉|切掉|砍掉|裁掉|不要)`;

/** A clause-relative "the", "a" etc. that may stand before a noun. */
export const DET = String.raw`(?:(?:the|a|an|some|any|all|every|my|those|these|of)\s+)`;
