/**
 * Word lists shared by the rules: command verbs (where a run-on sentence starts a new request),
 * filler words (what may be left over without being "unrecognized"), slang and a fuzzy speller.
 */

/** Imperative verbs that start a new request in a run-on sentence ("trim pauses add text cut to 10"). */
export const VERBS = [
  "add", "put", "cut", "trim", "remove", "delete", "make", "speed", "slow", "mute", "unmute", "fade",
  "export", "crop", "keep", "use", "turn", "set", "normalize", "normalise", "give", "gimme", "throw",
  "slap", "drop", "include", "change", "convert", "render", "lower", "raise", "boost", "shorten",
  "overlay", "write", "stick", "chop", "skip", "send", "show", "play", "bump", "lose", "insert",
  "apply", "tighten", "extract", "place", "get", "take", "download", "upload", "caption", "title",
  "shave", "eliminate", "kill", "start", "end", "finish", "stop", "reduce", "increase", "decrease",
  "let", "lets", "let's", "also",
] as const;
export const VERB_ALT = VERBS.filter((v) => v !== "also").join("|");

/**
 * Verbs that start a new request even without "and" ("trim the pauses add text cut it to 10").
 * Narrower than VERBS: words that are as often nouns ("overlay", "title", "start", "play") only
 * split after a connector.
 */
export const RUNON_VERB_ALT = [
  "add", "put", "trim", "remove", "delete", "make", "mute", "export", "crop", "normalize", "normalise",
  "give", "gimme", "throw", "slap", "include", "convert", "render", "lower", "boost", "shorten", "chop",
  "skip", "send", "insert", "apply", "tighten", "extract", "place", "shave", "eliminate", "cut", "speed",
  "slow", "fade", "keep", "use", "turn", "get", "take",
].join("|");

/** Chinese connectors that separate requests ("然后", "再"), matched before a following request. */
export const ZH_CONNECTORS = "然后|接着|并且|同时|另外|顺便|再|并|还要";

/**
 * Words that carry no request on their own. A leftover made only of these is not reported as
 * unrecognized; a leftover with anything else is ("make it purple" → "purple").
 */
export const FILLERS = new Set(
  (
    "a an the this that these those it its it's itz me my mine i i'm im i'd i'll you u your ur yours we us our " +
    "they them their he she his her him is are was were be been being am do does did doing done don't " +
    "can could would will should shall may might must gonna wanna gotta need needs want wants like " +
    "please pls plz plox thanks thank thx ty tysm cheers hey hi hello yo ok okay k alright sure so " +
    "and or but then also too as well just only really very super kinda sorta maybe actually basically " +
    "literally totally pretty quite some any all every each bit little lil of to for with on in at by " +
    "from into onto up down out off over about around there here what's whats how's hows " +
    "make makes making made add adding put putting give get got let lets let's set use using have has had " +
    "throw slap go going keep keeping do try want edit edits editing change " +
    "video videos vid vids clip clips footage thing things stuff one ones part version file another other anything anyway " +
    "lol lmao haha hahaha omg bro bruh guys dude fam asap now today quick quickly nice good great " +
    "instead again more less much many bit bits way lot lots lotta yeah yes no not " +
    "play playing playback whole entire screen frame fine possible saying says say reads reading called " +
    "that's thats which who short tiny named titled without never none nothing don't dont new & " +
    "visual visuals picture pictures apply even still back anymore looks look perfect awesome amazing cool love hmm hm mm ah oh wow " +
    // Chat slang and asides that carry no request: "ngl", "lowkey make it faster", "auto remove silence".
    "ngl tbh tbf imo imho btw rn fr frfr lowkey highkey af idc smh pretty auto automatically time " +
    "killing annoying hate hates ugh " +
    // Sequencing words: "ok so first cut out the pauses, then …, finally …".
    "first firstly finally lastly next afterwards " +
    // Hedges and asides: "not too aggressive tho", "make it better somehow", "drop both fades".
    "tho though somehow both completely entirely fully altogether " +
    // Form headers and yes-values: "Edit request — tasks: …", "mute: true", "ducking: enabled".
    "request requests task tasks todo true enabled " +
    // Where the video goes carries no request of its own: "export it as a gif for the website".
    "website site blog newsletter email"
  ).split(/\s+/),
);

/**
 * Light verbs that carry another word's request ("switch it to landscape", "convert it to .mov",
 * "run it at 2x", "lock it to 30fps"): left over in a clause where a rule claimed that request,
 * they are part of it, not something unrecognized. Alone they are still reported.
 */
export const CARRIERS = new Set(
  (
    "switch convert turn run lock transform flip change changed set bring bump crank render go " +
    "needs need be should is are switched converted turned locked move moved shift position take knock rename replace swap update rewrite apply applied save saved have " +
    // "must stay under 30s", "sized for an instagram post", "format for reels", "fit it in a square frame".
    "stay stays remain remains size sized resize resized format formatted reformat fit fits fitted optimize optimized optimise optimised adapt adapted tailor tailored " +
    // "downscale to 480p", "scale it to 720": resizing verbs carry a resolution.
    "scale scaled downscale downscaled upscale upscaled downsize downsized downsample downsampled"
  ).split(/\s+/),
);

/**
 * Chinese filler, removed from a leftover before judging it ("帮我把视频" carries nothing), and
 * sequencing words ("先…，再…，最后加…").
 */
export const ZH_FILLER = /首先|其次|最后(?=[加再把去剪做导放配静换调改])|请|帮我|帮忙|给我|麻烦|一下|一点|一些|这个|那个|视频|片子|的|了|吧|呢|啊|呀|哦|嗯|把|我|你|要|想|就|也|都|和|跟|再|然后|可以|能|吗|里|中|上|下|个|得|地|着|用|让|做|成|好|谢谢|感谢|直接|现在|马上|立刻|全部|所有|整段|整个|整体|全片|一个|一段|一首|一句|一些|添加|加上|配上|配个|加|放|并且|同时|另外|接着|还要|顺便|但是|不过|而且|可是|并|移到|移动到|挪到|移至|放在|放到/g;

/** Spellings and slang folded to the word the rules know. */
export const SLANG: Record<string, string> = {
  pls: "please", mak: "make", mke: "make", nd: "and", abit: "a bit", plz: "please", pleas: "please", u: "you", ur: "your", r: "are", n: "and",
  vid: "video", vids: "video", txt: "text", thx: "thanks", ty: "thanks", bg: "background",
  backround: "background", abt: "about", gimme: "give me", lemme: "let me", dont: "don't",
  doesnt: "doesn't", cant: "can't", wont: "won't", isnt: "isn't", im: "i'm", thats: "that's",
  whats: "what's", hows: "how's", teh: "the", fourty: "forty", ninty: "ninety", tho: "though",
  tiktoc: "tiktok", tictok: "tiktok", ticktock: "tiktok", tiktoks: "tiktok", insta: "instagram",
  ig: "instagram", ins: "instagram", yt: "youtube", slomo: "slow motion", slowmo: "slow motion", secs: "seconds",
  sec: "seconds", mins: "minutes", min: "minutes", lil: "little", msec: "ms", captions: "caption", subs: "subtitles",
  musics: "music", sfx: "sound effects", w: "with", vol: "volume", normalise: "normalize",
  normalised: "normalize", normalized: "normalize", centre: "center", colour: "color", og: "original", orig: "original",
  verticle: "vertical", vertival: "vertical", horizonal: "horizontal", horizantal: "horizontal", potrait: "portrait",
  protrait: "portrait", lanscape: "landscape", landscap: "landscape", subtitels: "subtitles", captoin: "caption",
};

/** Keywords the fuzzy speller corrects towards. Only words of five letters or more. */
const VOCAB = [
  "pauses", "pause", "silence", "silences", "silent", "remove", "delete", "music", "background", "caption",
  "subtitles", "overlay", "title", "seconds", "second", "minute", "minutes", "square", "vertical",
  "portrait", "landscape", "horizontal", "tiktok", "instagram", "youtube", "shorts", "reels", "story",
  "normalize", "volume", "quiet", "louder", "speed", "faster", "slower", "motion", "export", "upload",
  "credits", "status", "balance", "thumbnail", "quality", "draft", "standard", "blurred", "letterbox",
  "bottom", "center", "middle", "beginning", "ending", "trim", "shorten", "under", "exactly", "maximum",
  "only", "first", "last", "half", "double", "twice", "three", "seven", "eight", "fifteen", "twenty",
  "thirty", "forty", "fifty", "sixty", "ninety", "hundred", "animation", "bounce", "fade", "audio",
  "sound", "mute", "boring", "awkward", "dead", "snappy", "tighten", "crop", "black", "blur", "bars",
  "loud", "soft", "text", "font", "bold", "clean", "minimal", "funny", "emoji", "gif", "webm", "frames",
  "progress", "timeline", "tracks", "download", "render", "send", "video", "clip", "instead", "between",
  "through", "after", "before", "start", "finish", "aggressive", "gentle", "loudness", "ducking",
];
const VOCAB_SET = new Set(VOCAB);
const VOCAB_BY_FIRST = new Map<string, string[]>();
for (const w of VOCAB) {
  if (w.length < 5) continue;
  const list = VOCAB_BY_FIRST.get(w[0]!) ?? [];
  list.push(w);
  VOCAB_BY_FIRST.set(w[0]!, list);
}

/**
 * Real words one edit away from a keyword: never "corrected" ("cause" is not "pause", "later" is
 * not "louder"). Checked by hand against the VOCAB list above.
 */
const REAL_WORDS = new Set([
  "short", "cause", "causes", "paused", "pauser", "magic", "sounds", "stats", "statue", "statues", "quite", "quit",
  "later", "lauder", "trims", "tracks", "track", "spend", "speedy", "sped", "expert", "uploads", "fader",
  "faded", "fades", "bolder", "cleaner", "clear", "louds", "crops", "blurs", "bears", "bards", "cards",
  "thirsty", "fifth", "sixth", "doubled", "doubles", "title", "titles", "tittle", "textured", "texts",
  "sounded", "stories", "storey", "start", "starts", "stared", "stare", "stars", "finishes", "remote",
  "removed", "removes", "deleted", "deletes", "shortened", "shortens", "unders", "firsts", "lasts",
  "halve", "halves", "muted", "mutes", "mate", "crap", "crops", "cropped", "blurry", "blurred", "renders",
  "sender", "sends", "videos", "clips", "clipped", "afters", "beforehand", "middles", "centers", "centred",
  "bottoms", "fonts", "fontsize", "softer", "softly", "loudly", "louder", "quieter", "quietly", "faster",
  "slower", "motions", "exports", "exported", "uploaded", "credit", "balanced", "balances", "drafts",
  "statues", "squares", "squared", "emojis", "audios", "shorter", "shortest", "seconds", "secondly",
  "minutes", "minuted", "ninety", "ninth", "seven", "seventh", "eighth", "eights", "tracks", "beats",
  // Found by running common words through the speller: "there" is not "three", "forth" not "forty".
  "there", "threw", "forth", "forte", "shots", "shirts", "sorts", "store", "storm", "stork", "smart", "stark",
  "block", "blank", "bring", "boxing", "bowing", "alter", "though", "funky", "overly", "overplay", "slowed",
  "fasten", "loader", "audit", "parse", "drift", "reader", "sever", "flames", "titled", "meddle", "quilt",
  "eighty", "framed", "shorted",
]);

const fuzzyCache = new Map<string, string>();
const FUZZY_CACHE_MAX = 5000;

/** One edit (insert, delete, substitute or swap two neighbours) apart? */
function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a[i] === b[i]) i++;
  if (la === lb) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/**
 * Corrects a likely typo of a keyword ("remvoe" → "remove", "squre" → "square"). Only words of
 * five letters or more, only towards a keyword with the same first letter, one edit away, and
 * never a real word from REAL_WORDS or the plural/singular of a keyword: short words collide with
 * real ones too often.
 */
export function correctWord(word: string): string {
  if (word.length < 5 || word.length > 14 || VOCAB_SET.has(word) || REAL_WORDS.has(word)) return word;
  const cached = fuzzyCache.get(word);
  if (cached !== undefined) return cached;
  let out = word;
  for (const cand of VOCAB_BY_FIRST.get(word[0]!) ?? []) {
    // A plural or singular of a keyword ("frame" / "frames") is a word, not a typo.
    if (cand === `${word}s` || word === `${cand}s`) {
      out = word;
      break;
    }
    if (withinOneEdit(word, cand)) {
      out = cand;
      break;
    }
  }
  if (fuzzyCache.size >= FUZZY_CACHE_MAX) fuzzyCache.clear();
  fuzzyCache.set(word, out);
  return out;
}
