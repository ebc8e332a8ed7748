import type { Clause } from "../clause.js";
import { note, type Draft } from "../draft.js";
import { claimNegation, negationBefore, VALUE_NONE } from "../negation.js";
import { wholly } from "../residue.js";
import { T } from "../tokens.js";
import { FILLERS, VERBS } from "../lexicon.js";
import { isMusicQuote } from "./music-quote.js";

/**
 * Audio: background music (volume in % or words, ducking "under my voice", fade-out), muting,
 * loudness normalisation and the source's own volume ("make it louder"). Volume words next to a
 * music word set the music's level; elsewhere they set the clip's own level.
 */

const MUSIC = /\b(?:(?:background|backing)\s+)?(?:music|songs?|soundtrack|bgm|tunes?|beats?|instrumental)\b|\b(?:background|backing|music|bgm|audio)\s+track\b|\b(?:my|a|some|the)\s+(?:own\s+)?track\b|背景音乐|配乐|音乐|bgm|歌曲?/g;
const GENRE = /\b(?:lofi|upbeat|chill(?:ed)?|epic|happy|sad|calm|relaxing|energetic|dramatic|jazzy|jazz|acoustic|piano|hip\s?hop|edm|trending|trendy|viral|royalty[\s-]free|cinematic|funky|summer|vibey|vibes|cozy|romantic|emotional|suspenseful|spooky|catchy|nice|cool|good|fun|little|light|soft|background)\b(?:\s+(?:and|&)\s+[a-z]+)?|(?:轻音乐|纯音乐|轻快|欢快|舒缓|动感|好听|轻松|安静|温柔|浪漫|热血|激昂|悲伤|伤感|治愈|抒情|流行|古风|可爱|搞笑)的?/g;
const UPLOADED = /\b(?:the\s+)?(?:song|music|track|audio|file)\s+(?:i|we)\s+(?:uploaded|sent|attached|added|gave\s+you)\b|\b(?:my|our)\s+own\b|\bi\s+uploaded\b|\bmine\b/;

/** [volume, words, comparative]: a comparative is a step from the current level; unset, the words decide. */
const VOLUME_WORDS: Array<[number, RegExp, boolean?]> = [
  // "the music is too loud": turn it down (a step), not "loud".
  [0.2, /\btoo\s+loud\b|太(?:大声|响|吵)了?|(?:声音|音量)太大了?/, true],
  [0.8, /\btoo\s+(?:quiet|soft|low)\b|太小声了?|(?:声音|音量)太小了?/, true],
  [0.1, /\b(?:very|super|really|extra)\s+(?:quiet(?:ly)?|soft(?:ly)?|low|faint(?:ly)?|subtle|subtly)\b|\bbarely\s+(?:audible|there)\b|很小声|非常小声/],
  [0.2, /\bnot\s+(?:(?:too|so|that|very|overly)\s+)?loud\b|\b(?:quiet(?:er|ly)?|soft(?:er|ly)?|low(?:er)?|subtle|gentle|faint|light(?:ly)?|down)\b|小声(?:一点|点)?|调低|降低|轻(?![快松柔音])(?:一点|点)?|低一点|小一点|音量小(?:一点)?|调小|音量低/],
  [1, /\b(?:full|max(?:imum)?)\s+volume\b/],
  [0.8, /\b(?:loud(?:er)?|up|pumping|blasting|boost(?:ed)?|turn(?:ed)?\s+up)\b|大声(?:一点|点)?|大一点|响一点|调大|调高|提高/],
  [0.5, /\b(?:medium|moderate|normal|balanced)\b|\bhalf(?:\s+the)?\s+volume\b|一半(?:的)?音量|音量一半/],
];
const PERCENT = new RegExp(String.raw`(?:\b(?:at|to|volume|level|of)\s+)?(?:音量\s*)?${T.p}(?:\s+(?:volume|level))?`);
/** "volume 0.2", "music level: 0.5": a level as a fraction (up to 2; larger numbers are percent). */
const FRACTION = new RegExp(String.raw`\b(?:volume|level|vol)\s*(?::|=|at|to|of)?\s*${T.n}(?!\s*(?:seconds?|secs?|s)\b)|音量\s*(?::|=|调到|设为)?\s*${T.n}`);
const LEVEL_VERB = /\b(?:lower|raise|reduce|increase|decrease|set|bring|turn|adjust|change)(?:\s+(?:up|down))?\b|(?:调到|调成|调为|调低到|调高到|降到|降低到|提高到|设为|设成|设置为|改成|改为)/;
const VOLUME_WORD = /\bvolume\b|音量/;
const MUSIC_FADE = new RegExp(String.raw`\bfade(?:s|d)?\s+(?:(?:the\s+)?(?:music|song|it|bgm|them)\s+)?out(?:\s+(?:(?:on|of|for|in)\s+)?(?:the\s+)?(?:music|song|bgm))?(?:\s*(?:over|for|in|during|[:=])?\s*(?:the\s+)?(?:last\s+)?${T.d})?(?:\s+at\s+the\s+end)?|淡出\s*(?:${T.d})?|${T.d}\s*(?:-\s*)?(?:(?:music|song|bgm)\s+)?fade\s*out\b(?:\s+at\s+the\s+end)?`);

/** "when i talk", "while someone's speaking", "during the voiceover": while there is speech. */
const WHEN_TALKING = String.raw`(?:(?:when(?:ever)?|while|as)\s+(?:i|we|someone|somebody|people|anyone|he|she|they|you)(?:'m|'re|'s|\s+(?:am|is|are))?\s+(?:talk|talks|talking|speak|speaks|speaking|say\s+something|saying\s+something)|(?:during|over)\s+(?:the\s+|my\s+)?(?:talking|speech|speaking|dialogue|voiceover|vo|narration))\b`;
const DUCK = new RegExp(
  String.raw`(?:\b(?:lower|dip|drop|keep|put|sit|tuck)\s+(?:it|them|the\s+(?:music|song|bgm))\s+)?\b(?:under|behind|below|beneath)\s+(?:my|the|his|her|our)\s+(?:voice|voices|talking|speech|vo|voiceover|narration|speaking|dialogue)\b` +
    String.raw`|\bduck(?:s|ed|ing)?(?:\s+(?:it|the\s+music|the\s+song|the\s+bgm))?\b(?:\s+${WHEN_TALKING})?|\bside\s?chain(?:ed|ing)?\b` +
    // "lower it when i speak", "turn the music down while i'm talking", "quieter when someone talks".
    String.raw`|\b(?:(?:lower|dip|drop|soften|quiet(?:en)?|bring\s+down|turn\s+down)\s+(?:it|them|the\s+(?:music|song|bgm))|turn\s+(?:it|them|the\s+(?:music|song|bgm))\s+down|(?:bring|drop)\s+(?:it|them|the\s+(?:music|song|bgm))\s+down|lower|quieter|softer|go(?:es)?\s+(?:down|quiet(?:er)?))\s+${WHEN_TALKING}` +
    String.raw`|人声(?:时|的时候)?(?:降低|压低|变小)|(?:说话|讲话)(?:时|的时候)(?:音乐)?(?:降低|压低|变小|小声)|闪避`,
  "g",
);
const NO_DUCK = /\b(?:constant|steady|same|even|consistent|flat)\s+(?:volume|level)\b|\b(?:volume|level)\s+(?:steady|constant|the\s+same|consistent|flat)\b/;

const MUTE = /\bmute(?:d)?\b(?:\s+(?:(?:the|my|our|its|this|that|all(?:\s+the)?)\s+)?(?:own\s+|original\s+|source\s+|(?:clip|video)(?:'s)?\s+|(?!music|song|bgm)[a-z]+\s+)?(?:audio|sound|sounds|noise|noises|video|clip|it|voice|voices|talking|chatter|chat|wind|traffic|crowd|background|everything|all)\b|\s+(?:the\s+)?(?:original|source)\b)?|(?:把\s*)?(?:视频的?|原视频的?)?(?:原声|原音|声音|音频)?\s*(?:给)?静音(?:掉)?|\bno\s+(?:original\s+)?(?:sound|audio)\b|\bwithout\s+(?:any\s+)?(?:sound|audio)\b|\b(?:remove|kill|delete|drop|cut|strip|turn\s+off|get\s+rid\s+of|take\s+out|lose)\s+(?:the\s+|all\s+(?:the\s+)?|my\s+)?(?:original\s+|source\s+|background\s+)?(?:audio|sound|noise|voice)\b|\bsilent\b(?:\s+(?:film|movie|video|clip))?|\bsound\s+off\b|静音|(?:去掉|去除|删掉|删除|关掉|关闭|不要|取消)(?:视频)?(?:的)?(?:原声|原音|原始声音|原来的声音|声音|音频)|去掉原?声|没有声音|消音/;
const MUTE_MUSIC = /^mute(?:d)?[\s\u0001]*(?:the\s+)?(?:music|song|bgm)/;
const KEEP_SOUND = /\bkeep\s+(?:the\s+)?(?:original\s+)?(?:audio|sound|voice)\b|\bunmute(?:d)?\b(?:\s+(?:it|the\s+(?:video|clip|audio|sound)))?|\b(?:bring|turn|put)\s+(?:the\s+)?(?:original\s+)?(?:sound|audio|voice)\s+back(?:\s+on)?\b|\bsound\s+back\s+on\b|保留原声|恢复(?:原)?声音?|取消静音/;
const NORMALIZE = /\bnormali[sz]e(?:d)?\b(?:\s+(?:the\s+)?(?:audio|sound|volume|loudness|levels?|it))?(?:\s+levels?)?|\b(?:level|even|balance)(?:\s+out)?\s+(?:the\s+)?(?:audio|sound|volume|levels?)(?:\s+levels?)?\b|\b(?:audio|sound|volume|loudness|levels?)\s+(?:is\s+|be\s+|more\s+|(?:the\s+)?same\s+)?(?:consistent|even|balanced|steady|uniform|level)\b(?:\s+(?:throughout|all\s+the\s+way\s+through|across\s+(?:the\s+)?(?:whole\s+)?(?:video|clip)))?|\bloudness\b|\bfix\s+(?:the\s+)?(?:audio|sound)\b|\bconsistent\s+(?:audio|volume)\b|统一音量|音量统一|标准化|响度(?:统一|标准化)?|均衡音量/;

const LOUDER = /\b(?:make\s+(?:it|everything|the\s+(?:audio|sound|voices?|video|clip|volume|whole\s+thing))\s+)?(?:(?:a\s+)?(?:bit|little|tad|touch)\s+)?(?:(?:much|a\s+lot|way)\s+)?louder\b|\bboost(?:ed)?(?!\s+(?:the\s+)?(?:bass|treble|colou?rs?|saturation|brightness|contrast|speed))(?:\s+(?:(?:the|my|our)\s+)?(?:volume|audio|sound|voice|vocals|it))?\b|\b(?:bump|crank|pump|jack)(?:ed)?\s+(?:(?:it|the\s+(?:volume|audio|sound))\s+)?up\b|\b(?:turn|bring)\s+(?:it|(?:the|my|our)\s+(?:volume|audio|sound|voices?|vocals|speech|dialogue))\s+up\b|\btoo\s+(?:quiet|soft|low)\b|(?:声音|音量|原声)太小了?|\bturn\s+up\s+(?:the|my|our)\s+(?:volume|audio|sound|voices?|vocals)\b|(?:原声|声音|音量)\s*(?:调大|调高|提高|加大)|(?:调大|调高|提高|加大)(?:原声|声音|音量)|\b(?:increase|raise)\s+(?:(?:the|my|our)\s+)?(?:volume|audio|sound|voices?|vocals|dialogue|speech)\b|\bvolume\s+up\b|\bdouble\s+the\s+volume\b|声音(?:调)?大(?:一)?点|音量调大|调大音量|大声(?:一)?点|音量大(?:一)?点/;
const QUIETER = /\b(?:make\s+(?:it|everything|the\s+(?:audio|sound|voices?|video|clip|volume|whole\s+thing))\s+)?(?:(?:a\s+)?(?:bit|little|tad|touch)\s+)?(?:(?:much|a\s+lot|way)\s+)?(?:quieter|softer)\b|\b(?:turn|bring)\s+(?:it|(?:the|my|our)\s+(?:volume|audio|sound|voices?|vocals|speech|dialogue))\s+down\b|\btoo\s+loud\b|(?:声音|音量|原声)太大了?|\bturn\s+down\s+(?:the|my|our)\s+(?:volume|audio|sound|voices?|vocals)\b|(?:原声|声音|音量)\s*(?:调小|调低|降低|减小)|(?:调小|调低|降低|减小)(?:原声|声音|音量)|\b(?:lower|reduce|decrease)\s+(?:(?:the|my|our)\s+)?(?:volume|audio|sound|voices?|vocals|dialogue|speech)\b|\bvolume\s+down\b|声音(?:调)?小(?:一)?点|音量调小|调小音量|音量小(?:一)?点/;
/**
 * The words naming the clip's own audio in a louder/quieter request ("the audio needs to be
 * louder", "make the sound a bit quieter", "louder audio"): the subject of the request.
 */
const SOURCE_SUBJECT = /\b(?:make\s+)?(?:(?:the|my|our|its)\s+)?(?:original\s+)?(?:audio|sound|volume|voices?|vocals|speech|dialogue)\b(?:\s+(?:needs?|has|have)\s+to\s+be|\s+should\s+be|\s+is\s+too\s+(?:quiet|low|soft|loud))?/;
const A_BIT = /\b(?:(?:a\s+)?(?:bit|little|tad|touch|notch)|slightly|somewhat)\b|一点|稍微|点/;
const A_LOT = /\b(?:much|a\s+lot|way|really|double)\b/;
const SOURCE_PERCENT = new RegExp(String.raw`(?:\b(?:lower|raise|set|turn|bring|reduce|increase|put|keep)\s+(?:down\s+|up\s+)?)?(?:\b(?:the|my|our)\s+)?(?:\b(?:original|source)\s+|\bclip(?:'s)?\s+)?\b(?:volume|audio|sound|voices?)\s*(?:volume\s*)?(?:to|at|of)?\s*${T.p}|${T.p}\s*(?:volume|audio)|(?:(?:原声|原音|声音)(?:音量)?|音量)\s*(?:调到|调成|设为|设成|降到|降低到)?\s*${T.p}`);

const GATE = /dialog|speech|vocal|music|song|track|bgm|tune|beat|instrumental|soundtrack|音乐|配乐|歌|mute|sound|audio|silent|静音|声音|原声|原音|音频|消音|normali|level|even|balance|loud|fix|统一|标准|响度|均衡|boost|turn|volume|louder|quiet|soft|lower|音量|大声|小声|轻|响|低|duck|\uE000q|voice|chain|人声|闪避|\uE000p/;

export function audio(d: Draft): void {
  let afterMusic = false;
  /** The music clause had the music as its subject ("the music should be quiet"). */
  let subject = false;
  /** The clause before set the clip's own level. */
  let afterLevel = false;
  for (const cl of d.clauses) {
    const leveled = afterLevel;
    afterLevel = false;
    if (afterMusic && musicFade(d, cl, subject)) continue;
    if (leveled && levelStep(d, cl)) continue;
    // "throw some music underneath, keep it low": a level alone right after the music is its level.
    if (afterMusic && musicLevel(d, cl)) continue;
    if (!cl.has(GATE)) {
      afterMusic = false;
      continue;
    }
    // Ducking first: "turn it down when i talk" is about speech, not a level, and "stop ducking
    // the music" refuses the ducking, not the music.
    const duck = cl.takeAll(DUCK);
    afterMusic = music(d, cl);
    subject = afterMusic && MUSIC_SUBJECT.test(cl.orig);
    if (duck.length > 0) {
      const neg = negationBefore(cl.c, duck[0]!.index, cl.orig);
      if (neg !== null) claimNegation(cl, duck[0]!.index);
      d.audio.duck = neg === null && !offValue(cl, duck[0]!);
      cl.tags.add("duck");
    } else if ((afterMusic || d.audio.music) && cl.take(NO_DUCK)) {
      // A steady level is the music's (no ducking) when there is music; else the clip's loudness.
      d.audio.duck = false;
    }
    if (cl.take(KEEP_SOUND)) {
      d.audio.mute = false;
      continue;
    }
    const mute = cl.find(MUTE);
    if (mute && !MUTE_MUSIC.test(mute[0])) {
      cl.claim(mute.index, mute.index + mute[0].length);
      if (negationBefore(cl.c, mute.index, cl.orig) !== "not" && !offValue(cl, mute)) {
        d.audio.mute = true;
        d.edited = true;
      } else {
        d.audio.mute = false;
      }
    }
    const norm = cl.take(NORMALIZE);
    if (norm && negationBefore(cl.c, norm.index, cl.orig) !== "not" && !offValue(cl, norm)) {
      d.audio.normalize = true;
      d.edited = true;
    }
    afterLevel = sourceVolume(d, cl);
  }
  const m = d.audio.music;
  if (m && d.audio.duck !== undefined) m.duck = d.audio.duck;
}

/** A form field answered no ("Ducking: off", "mute: false", "normalize = no"): claimed, true when refused. */
function offValue(cl: Clause, m: RegExpExecArray): boolean {
  const off = cl.at(VALUE_NONE, m.index + m[0].length);
  if (off) cl.claim(off.index, off.index + off[0].length);
  return off !== null;
}

/** "music off", "bgm gone", 音乐关掉: a refusal said after the word. */
const OFF_AFTER = /\s*(?:off|gone|out)\b(?!\s+(?:the|at|over|in))|\s*(?:关掉|去掉|删掉|不要了|拿掉)/y;

function offAfter(cl: Clause, m: RegExpExecArray): "remove" | null {
  const off = cl.at(OFF_AFTER, m.index + m[0].length) ?? cl.at(VALUE_NONE, m.index + m[0].length);
  if (!off) return null;
  cl.claim(off.index, off.index + off[0].length);
  return "remove";
}

/** Music asked for: true when the clause asked for it (not refused it). */
function music(d: Draft, cl: Clause): boolean {
  // Read the attributes before claiming the music words: "fade the music out" needs "music".
  const found = cl.findAll(MUSIC);
  // A quoted audio file is music even unnamed: "play 'summer.mp3' in the background".
  if (found.length === 0) {
    const file = cl.findAll(QUOTE_RE).find((q) => AUDIO_FILE.test(d.quotes[Number(q[1])] ?? ""));
    if (!file) return false;
    found.push(file);
  }
  cl.tags.add("music");
  const neg = negationBefore(cl.c, found[0]!.index, cl.orig) ?? offAfter(cl, found[0]!);
  if (neg !== null) {
    claimNegation(cl, found[0]!.index);
    for (const f of found) cl.claim(f.index, f.index + f[0].length);
    d.audio.music = null;
    return false;
  }
  const m = (d.audio.music ??= {});
  d.edited = true;
  const level = readLevel(cl);
  if (level !== null) {
    m.volume = level.volume;
    setMusicStep(d, cl, level);
    // "a touch quieter on the music": how much is part of the step.
    if (level.comparative) cl.take(A_BIT);
    // "lower the music to 25%", "set the bgm at 30%": the verb that sets the level; "配乐声音小一点":
    // the sound named is the music's.
    cl.take(LEVEL_VERB);
    cl.take(/声音|音量/);
  }
  cl.take(VOLUME_WORD);
  const fade = cl.take(MUSIC_FADE);
  if (fade) {
    const given = fade[1] ?? fade[2] ?? fade[3];
    // "don't fade the music out": the music stops at the end without a fade.
    m.fadeOutMs = negationBefore(cl.c, fade.index, cl.orig) !== null ? 0 : given !== undefined ? Number(given) : 1000;
  }
  const genre = cl.takeAll(GENRE).map((g) => g[0]).filter((g) => !/^(?:nice|cool|good|fun|little|light|soft|background)$/.test(g));
  // "hype music", "spooky beats": any describing word right before the music word is a style.
  for (const f of found) {
    const m = STYLE_BEFORE.exec(cl.c.slice(Math.max(0, f.index - 24), f.index));
    if (!m || FILLERS.has(m[1]!) || VERB_SET.has(m[1]!) || NOT_STYLE.test(m[1]!)) continue;
    const at = f.index - m[0].length;
    cl.claim(at, at + m[1]!.length);
    genre.push(m[1]!);
  }
  if (genre.length > 0) note(d, `Music is not picked by style ("${genre[0]}"): the job's uploaded music file is used, else the built-in royalty-free bed.`);
  cl.take(UPLOADED);
  cl.take(UNDERNEATH);
  cl.take(SO_HEARD);
  cl.take(THAN_VOICE);
  QUOTE_RE.lastIndex = 0;
  for (let q = QUOTE_RE.exec(cl.c); q; q = QUOTE_RE.exec(cl.c)) {
    const text = d.quotes[Number(q[1])] ?? "";
    if (!isMusicQuote(cl.c, q.index, text)) continue;
    cl.claim(q.index, q.index + q[0].length);
    if (/\.[a-z0-9]{2,4}$/i.test(text)) m.source = text.slice(0, 500);
    else note(d, `Songs can't be fetched by name ("${text.slice(0, 80)}"): the job's uploaded music file is used, else the built-in bed.`);
  }
  for (const f of found) cl.claim(f.index, f.index + f[0].length);
  return true;
}

interface Level {
  volume: number;
  /** "louder", "turn it down", 小声一点: a step from the current level, not a level. */
  comparative: boolean;
}

/** A music level in words or percent, claimed; null when the clause names none. */
function readLevel(cl: Clause): Level | null {
  const pct = cl.take(PERCENT);
  if (pct) return { volume: clamp(Number(pct[1]) / 100, 0, 2), comparative: false };
  const frac = cl.take(FRACTION);
  if (frac) {
    const n = Number(frac[1] ?? frac[2]);
    return { volume: clamp(n <= 2 ? n : n / 100, 0, 2), comparative: false };
  }
  for (const [v, re, step] of VOLUME_WORDS) {
    const m = cl.take(re);
    if (m) return { volume: v, comparative: step ?? (v !== 1 && COMPARATIVE.test(m[0])) };
  }
  return null;
}

const COMPARATIVE = /(?:er|down|up)$|点|调|大一|小一/;

/** The step a comparative level means: the clip volume's steps (README), applied to the music. */
function setMusicStep(d: Draft, cl: Clause, level: Level): void {
  if (!level.comparative) {
    delete d.relative.music;
    return;
  }
  const bit = A_BIT.test(cl.orig);
  const lot = !bit && /\b(?:much|a\s+lot|way)\b/.test(cl.orig);
  d.relative.music = level.volume > 0.35 ? (bit ? 1.25 : lot ? 2 : 1.5) : bit ? 0.8 : lot ? 0.4 : 0.6;
}

/**
 * "add bgm but keep it quiet", "add music, very quiet", "加个bgm，音量小一点": right after a music
 * request, a clause that only gives a level is about the music.
 */
function musicLevel(d: Draft, cl: Clause): boolean {
  const m = d.audio.music;
  if (!m) return false;
  let level: Level | null = null;
  const ok = wholly(cl, d.quotes, () => {
    level = readLevel(cl);
    cl.take(VOLUME_WORD);
    // "背景音乐用我上传的，声音小一点": right after the music, its sound is the music's.
    cl.take(/声音|\bsound\b/);
    cl.take(SO_HEARD);
    cl.take(THAN_VOICE);
    return level !== null;
  });
  if (!ok || level === null) return false;
  m.volume = (level as Level).volume;
  setMusicStep(d, cl, level);
  cl.tags.add("music");
  return true;
}
/**
 * "add the track i uploaded and fade it out at the end": right after a music request, "fade it
 * out" (a pronoun) is about the music; so is a bare "fade out" after a clause whose subject is the
 * music ("the music should be quiet and fade out at the end").
 */
function musicFade(d: Draft, cl: Clause, subject: boolean): boolean {
  const m = d.audio.music;
  if (!m || !(subject ? /\bfade/ : /\b(?:it|them)\s+(?:fade\s+)?out\b/).test(cl.c)) return false;
  let ms: number | null = null;
  const ok = wholly(cl, d.quotes, () => {
    // "let it fade out": the pronoun before the verb.
    const lead = cl.take(/\b(?:let|have|make)\s+(?:it|them)\s+(?=fade)/);
    const fade = cl.take(MUSIC_FADE);
    if (!fade || (!lead && !subject && !/\b(?:it|them)\b/.test(fade[0]))) return false;
    const given = fade[1] ?? fade[2] ?? fade[3];
    ms = negationBefore(cl.c, fade.index, cl.orig) !== null ? 0 : given !== undefined ? Number(given) : 1000;
    return true;
  });
  if (!ok || ms === null) return false;
  m.fadeOutMs = ms;
  cl.tags.add("music");
  return true;
}

const STYLE_BEFORE = /\b([a-z][a-z'-]{2,})\s+$/;
const VERB_SET = new Set<string>(VERBS);
/** Words before a music word that are not its style: refusals, verbs of playing, places. */
const NOT_STYLE = /^(?:no|not|without|any|some|the|play|playing|loud|louder|quiet|quieter|low|lower|original|own|new|other|different|same|uploaded)$/;

const MUSIC_SUBJECT = /^[\s\u0001]*(?:(?:the|my|our)\s+)?(?:background\s+)?(?:music|bgm|song|soundtrack|track)\s+(?:should|must|needs?\s+to|has\s+to|is|will|can|shall)\b/;
const QUOTE_RE = /\uE000q(\d+)\uE001/g;
const AUDIO_FILE = /\.(?:mp3|wav|m4a|aac|ogg|flac|opus)$/i;
/** "in the background", "as background music", "under it all": where the music plays. */
const UNDERNEATH = /\b(?:in|as)\s+(?:the\s+)?background\b|\bunderneath\b|\bunder\s+(?:it|this|everything|the\s+(?:video|clip))\b|(?:作为|当作|当成|当)(?:背景|bgm)(?:音乐)?|在背景(?:里|中)?/;
/** "keep it quiet so you can hear me talk": why the music is quiet. */
/** "music quieter than my voice": a level relative to the speech. */
const THAN_VOICE = /\bthan\s+(?:my|the|your|our|his|her|their)\s+(?:voice|voices|talking|speech|dialogue|vocals|narration)\b/;
const SO_HEARD = /\bso\s+(?:that\s+)?(?:you|i|we|people|everyone|viewers|they)\s+can\s+(?:still\s+)?(?:hear|understand)\s+(?:me|my\s+voice|the\s+(?:voice|voices|talking|speech|dialogue)|what\s+i(?:'m|\s+am)?\s+say(?:ing)?)(?:\s+talk(?:ing)?|\s+speak(?:ing)?)?\b/;

/**
 * "视频声音太小了，调大一点", "the audio is too low, a bit louder": right after the clip's level, a
 * clause that is only a step says how much.
 */
const STEP_ONLY = /^[\s\u0001]*(?:(?:and|so|just|pls|please)\s+)*(?:(?:turn\s+it\s+|make\s+it\s+)?(?:(a\s+(?:bit|little|tad)|much|way|a\s+lot)\s+)?(louder|quieter|softer|up|down)(?:\s+(a\s+(?:bit|little|tad)|a\s+lot))?|(再)?(调大|调高|大声|调小|调低|小声|大(?=一点|一些|点)|小(?=一点|一些|点))(一点|一些|点)?)[\s\u0001.!]*$/;

function levelStep(d: Draft, cl: Clause): boolean {
  const m = STEP_ONLY.exec(cl.c);
  if (!m) return false;
  const word = m[2] ?? m[5] ?? "";
  const louder = /louder|up|大/.test(word);
  const how = `${m[1] ?? ""} ${m[3] ?? ""} ${m[6] ?? ""}`;
  const bit = /bit|little|tad|一点|一些|点/.test(how);
  const lot = !bit && /much|way|lot/.test(how);
  d.audio.volume = louder ? (bit ? 1.25 : lot ? 2 : 1.5) : bit ? 0.8 : lot ? 0.4 : 0.6;
  d.relative.volume = d.audio.volume;
  cl.claim(m.index, m.index + m[0].length);
  cl.tags.add("volume");
  return true;
}

function sourceVolume(d: Draft, cl: Clause): boolean {
  const pct = cl.take(SOURCE_PERCENT);
  if (pct) {
    d.audio.volume = clamp(Number(pct[1] ?? pct[2] ?? pct[3]) / 100, 0, 4);
    delete d.relative.volume;
    d.edited = true;
    return true;
  }
  const louder = cl.find(LOUDER);
  const quieter = louder ? null : cl.find(QUIETER);
  const hit = louder ?? quieter;
  if (!hit) return false;
  cl.claim(hit.index, hit.index + hit[0].length);
  const refused = negationBefore(cl.c, hit.index, cl.orig) === "not";
  cl.take(SOURCE_SUBJECT);
  if (refused) return false;
  const bit = cl.take(A_BIT) !== null || A_BIT.test(hit[0]);
  // "lower the volume by a lot": the size of the step may follow.
  const lot = !bit && (A_LOT.test(hit[0]) || cl.take(/\b(?:by\s+)?(?:a\s+lot|(?:way|much)\s+more)\b|很多|大幅/) !== null);
  d.audio.volume = louder ? (bit ? 1.25 : lot ? 2 : 1.5) : bit ? 0.8 : lot ? 0.4 : 0.6;
  // Louder and quieter are steps from the current level (1 in a fresh plan).
  d.relative.volume = d.audio.volume;
  d.edited = true;
  return true;
}

function clamp(v: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, Number.isFinite(v) ? v : lo));
}
