/** Regex sources several rules share. */

/** Verbs that remove part of the clip: "cut the first 2 s", "get rid of the pauses". */
export const REMOVE_VERB = String.raw`(?:cut(?:\s+(?:off|out|away))?|trim(?:\s+(?:off|out))?|remove|delete|chop(?:\s+off)?|skip|drop|lose|get\s+rid\s+of|take\s+(?:out|off)|strip(?:\s+out)?|shave(?:\s+off)?|kill|ditch|snip|lop(?:\s+off)?|hack\s+off|axe|nix|scrap|eliminate|edit\s+out|clean\s+up)`;

export const ZH_REMOVE_VERB = String.raw`(?:去掉|去除|删掉|删除|剪掉|切掉|砍掉|裁掉|不要)`;

/** A clause-relative "the", "a" etc. that may stand before a noun. */
export const DET = String.raw`(?:(?:the|a|an|some|any|all|every|my|those|these|of)\s+)`;

/** Nouns that name the video itself: "trim my lesson", "speed up the walkthrough", "the whole recital". */
export const VIDEO_NOUN = String.raw`(?:video|vid|clip|reel|edit|footage|vlog|tiktok|short|recording|thing|lesson|lecture|tutorial|tour|walkthrough|recital|recipe|movie|film|montage|highlights?|review|unboxing|interview|demo|presentation|speech|performance|concert|game|match|stream|gameplay|story|post|ad|promo|trailer|teaser)`;

/**
 * What a verb acts on when it is the video: "it", "this", "the video", "my cooking vlog", "the
 * walkthrough", "the whole thing".
 */
export const VIDEO_OBJECT = String.raw`(?:it|this|everything|(?:the|my|this|our|your|that)\s+(?:(?:whole|entire|full)\s+)?(?:[a-z]+\s+)?${VIDEO_NOUN})`;
