import type { Clause } from "../clause.js";
import { note, type Draft } from "../draft.js";
import { negationBefore } from "../negation.js";
import { T } from "../tokens.js";
import { VIDEO_OBJECT } from "./common.js";

/**
 * Playback speed: "2x", "1.5x faster", "speed it up (a little)", "twice as fast", "slow motion",
 * "half speed", "3 times slower", "50% faster", "加速", "2倍速", "慢动作". Words without a number
 * map to fixed steps (README): faster 1.5, a bit faster 1.25, much faster 2, slower 0.75,
 * slow motion 0.5, super slow 0.25.
 */
const MIN = 0.25;
const MAX = 4;

const PREFIX = String.raw`(?:(?:speed(?:\s+up)?(?:\s+${VIDEO_OBJECT})?(?:\s+up)?|play(?:\s+${VIDEO_OBJECT})?|slow(?:\s+down)?(?:\s+${VIDEO_OBJECT})?(?:\s+down)?|make\s+${VIDEO_OBJECT}|加速|放慢|播放)\s*)?(?:(?:\b(?:to|at|by)|到)\s*)?`;
const MULT = new RegExp(String.raw`${PREFIX}${T.x}(?:\s*(?:the\s+)?(?:speed|faster|quicker|slower|slow(?:er)?|playback|fast|as\s+fast))?`);
/** "speed 1.5", "speed: 2", "playback speed = 0.75": a multiplier written as a bare number. */
const BARE_SPEED = new RegExp(String.raw`\b(?:playback\s+)?speed\s*(?::|=|to|of|at)?\s*${T.n}(?![\d.]|\s*(?:seconds?|secs?|s|%)\b)|(?:播放)?速度\s*(?::|=|调到|调成|设为|设成|改成)?\s*${T.n}(?!\s*(?:秒|%))`);
const PERCENT = new RegExp(String.raw`${T.p}\s+(faster|quicker|slower)|(?:\bspeed\s+(?:to|at|of)?|\b(?:play(?:\s+it)?|run\s+it|playback)\s+(?:at|to))\s*${T.p}(?:\s+speed)?|\b(increase|raise|boost|up|speed\s+(?:it\s+)?up|decrease|reduce|lower|drop|slow\s+(?:it\s+)?down)\s+(?:the\s+)?(?:speed\s+|playback\s+)?by\s+${T.p}`);

/** [speed, words, comparative]: a comparative is a step from the current speed in a session. */
const WORDS: Array<[number, RegExp, boolean]> = [
  [0.25, /\b(?:super|very|extra|really|ultra)\s+slow(?:\s+motion)?\b|\bquarter[\s-]speed\b/, false],
  [0.5, /\bslow\s+motion\b|\bhalf[\s-]speed\b|\bhalf\s+(?:the|its|normal|regular)\s+(?:speed|pace)\b|\bslow(?:\s+(?:it|this|the\s+(?:video|clip)))?\s+down\s+(?:by\s+half|to\s+half(?:[\s-](?:speed|pace))?)\b|\bhalf\s+as\s+fast\b|慢动作|慢镜头|(?:放慢|减慢|减速|慢)(?:到)?一半|一半(?:的)?速度|半速/, false],
  [2, /\b(?:super|really|very|extra)\s+fast\b(?!\s+(?:render|export|preview|version))/, false],
  [2, /\bdouble[\s-](?:the\s+)?speed(?:\s+it)?\b|\btwice\s+as\s+fast\b|\b(?:much|way|really|a\s+lot|super|lots)\s+faster\b/, true],
  [4, /\btime[\s-]?lapse\b/, false],
  [1, /\b(?:normal|regular|original)\s+speed\b|\b(?:speed\s+(?:it\s+)?)?(?:back\s+to|return\s+to|reset\s+(?:it\s+)?to)\s+(?:the\s+)?(?:normal|regular|original|default)(?:\s+(?:speed|pace))?\b|\breset\s+(?:the\s+)?speed\b|\breal[\s-]?time\b|\b(?:keep|same)\s+(?:the\s+)?(?:speed|pace)\b|\bdon't\s+(?:change|touch)\s+the\s+speed\b|\bno\s+speed\s+(?:change|changes|up|ups|ramp)\b|(?:恢复)?原速|恢复(?:正常|原来的?)速度|正常速度/, false],
  [0.75, /\b(?:not\s+so|too|way\s+too|a\s+bit\s+too)\s+fast\b|太快了?|\b(?:reduce|lower|decrease|drop)\s+(?:the\s+)?(?:playback\s+)?(?:speed|pace)\b|\bslow(?:\s+(?:it|this|the\s+(?:video|clip)|things))?\s+down\b|\bslower\b|\bslow\s+it\b|放慢|减速|慢放|慢一点|慢点/, true],
  [1.5, /\b(?:too|way\s+too|a\s+bit\s+too)\s+slow\b|太慢了?|\b(?:increase|raise|boost|up)\s+(?:the\s+)?(?:playback\s+)?(?:speed|pace)\b|\bspeed\s+(?:it|this|things|the\s+(?:video|clip|whole\s+thing)|everything)?\s*up\b|\bsped\s+up\b|\bspeed\s+(?:it|this)\b|\bfaster\b|\bquicker\b|\bmake\s+it\s+fast\b|\bfast[\s-]forward\b|\baccelerate\b|加速|快进|快放|快速播放|快一点|快点|加快/, true],
];
const A_BIT = /\b(?:(?:a\s+)?(?:little|bit|tad|touch|notch)(?:\s+bit)?|slightly|somewhat|a\s+little\s+bit)\b|一点|稍微|稍/;
const PARTS = /\b(?:the\s+|some\s+|those\s+|that\s+)?(?:[a-z']+\s+){0,2}?(?:parts?|(?<!\b(?:a|little|tiny|wee|tad)\s)bits?|sections?|moments?|scenes?)\b|\b(?:when|while|where|whenever|as)\s+(?:i|i'm|we|we're|he|she|they|it|you|the|my|our|his|her|their)\b[^\u0001\uE000]*|(?:在\s*)?(?:前|最后|后)\s*\uE000d\d+\uE001|\bin\s+the\s+middle\b|\b(?:at|in|near|towards?)\s+the\s+(?:end|start|beginning)\b|\bfor\s+(?:the\s+)?(?:intro|outro|ending)\b|(?:\b(?:for|during|in|over)\s+)?(?:the\s+)?\b(?:first|last|final)\s+\uE000[dn][\d.]+\uE001|\b(?:from|between)\s+\uE000[dn][\d.]+\uE001\s*(?:to|and|-)\s*\uE000[dn][\d.]+\uE001/;

/** Verbs that count repetitions: "loop it 3 times", "play it twice", "repeat 2x". */
const COUNTED = /\b(?:loop(?:s|ed|ing)?|repeat(?:s|ed|ing)?|replay(?:s|ed)?)\b|循环|重复/;
const SPEED_WORD = /speed|fast|slow|quick|pace|tempo|倍速|加速|慢/;
const SPEED_NOUN = /(?:播放)?速度|\b(?:the\s+)?(?:playback\s+)?(?:speed|pace|tempo)\b/;
const GATE = /\uE000x|\uE000p|速度|speed|sped|fast|quick|slow|lapse|real|motion|加速|快|慢|原速|accelerate/;

export function speed(d: Draft): void {
  for (const cl of d.clauses) {
    if (!cl.has(GATE)) continue;
    let v: number | null = null;
    let at = -1;
    let comparative = false;
    let mult = cl.take(MULT);
    // "loop it 3 times", "repeat it 2x": a count of repetitions unless a speed word says otherwise.
    if (mult && COUNTED.test(cl.orig) && !SPEED_WORD.test(cl.orig)) {
      cl.release(mult.index, mult.index + mult[0].length);
      mult = null;
    }
    const bare = mult ? null : cl.take(BARE_SPEED);
    if (mult) {
      const x = Number(mult[1]);
      v = /slow(?:er)?$/.test(mult[0]) && !/^slow/.test(mult[0]) ? 1 / x : x;
      at = mult.index;
    } else if (bare && Number(bare[1] ?? bare[2]) <= MAX) {
      v = Number(bare[1] ?? bare[2]);
      at = bare.index;
    } else {
      if (bare) cl.release(bare.index, bare.index + bare[0].length);
      const pct = cl.take(PERCENT);
      if (pct) {
        // "20% faster", "increase speed by 20%" are steps; "speed to 150%" is a speed.
        comparative = pct[3] === undefined;
        if (pct[1] !== undefined) v = pct[2] === "slower" ? 1 - Number(pct[1]) / 100 : 1 + Number(pct[1]) / 100;
        else if (pct[3] !== undefined) v = Number(pct[3]) / 100;
        else v = /^(?:increase|raise|boost|up|speed)/.test(pct[4]!) ? 1 + Number(pct[5]) / 100 : 1 - Number(pct[5]) / 100;
        at = pct.index;
      }
    }
    if (v === null) {
      for (const [value, re, step] of WORDS) {
        const m = cl.take(re);
        if (!m) continue;
        cl.tags.add("speed");
        // "no slow mo, just normal speed": a refused speed leaves room for the one asked for.
        if (negationBefore(cl.c, m.index, cl.orig) !== null) continue;
        at = m.index;
        v = value;
        comparative = step;
        // "a bit faster" is a smaller step; "a bit slower" already is one. The words may be part
        // of the match ("快一点", "再快一点").
        if ((cl.take(A_BIT) || A_BIT.test(m[0])) && value === 1.5) v = 1.25;
        break;
      }
    }
    if (v === null) continue;
    cl.tags.add("speed");
    if (negationBefore(cl.c, at, cl.orig) !== null) continue;
    if (cl.take(PARTS)) note(d, "Speed changes apply to the whole clip, not to a part of it.");
    if (!Number.isFinite(v) || v <= 0) continue;
    if (v < MIN || v > MAX) {
      note(d, `Speed ${round(v)}x is outside ${MIN}x–${MAX}x; used ${v < MIN ? MIN : MAX}x.`);
      v = v < MIN ? MIN : MAX;
    }
    d.speed = round(v);
    // "速度加快一点", "the speed": the quantity named is the one set; so are speed words beside a
    // number ("slow mo at 0.25x", "slow it down to half speed").
    cl.take(SPEED_NOUN);
    if (cl.has(GATE)) claimBeside(cl, at);
    if (comparative) d.relative.speed = d.speed;
    else delete d.relative.speed;
    if (d.speed !== 1 || comparative) d.edited = true;
  }
}

const round = (v: number) => Math.round(v * 1000) / 1000;

/** Only claimed text, spaces and little words between two phrases: they are one ("slow mo at 0.25x"). */
const BETWEEN = /^(?:[\s\u0001]|\b(?:at|to|in|of|the|a|is|it|speed)\b)*$/;

/** Speed words right beside the phrase that set the speed at `at` ("slow mo at 0.25x", "slow it down to half speed"). */
function claimBeside(cl: Clause, at: number): void {
  for (const [, re] of WORDS) {
    const m = cl.find(re);
    if (!m) continue;
    const end = m.index + m[0].length;
    const gap = end <= at ? cl.c.slice(end, at) : cl.c.slice(at, m.index).replace(/^[^\s\u0001]*\u0001*/, "");
    if (BETWEEN.test(gap)) cl.claim(m.index, end);
  }
}
