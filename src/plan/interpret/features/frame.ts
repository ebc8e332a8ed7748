import type { Clause } from "../clause.js";
import { note, type Draft } from "../draft.js";
import { negationBefore } from "../negation.js";
import { AUDIO_FORMATS, type EditPlan, type OutputFormat, type Preset } from "../../schema.js";
import { T } from "../tokens.js";

/**
 * The output frame and file: preset ("for TikTok", "yt shorts", "抖音"), aspect ("9:16",
 * "landscape", "竖屏"), fit (crop / black bars → pad / blurred background → blur), resolution,
 * fps, format and quality. Words naming a platform set the preset; ratios and orientation words
 * set the aspect.
 */
type Output = EditPlan["output"];

/** "for TikTok", "on my ig story", "post it to reels": the words that lead to a platform. */
const FOR = String.raw`(?:\b(?:(?:post(?:ed|ing)?|share|sharing)\s+(?:it\s+|this\s+)?)?(?:for|on|to|as|in|into|fit)\s+(?:a\s+|an\s+|the\s+|my\s+|our\s+|your\s+|(?:the\s+)?[a-z]+'s\s+)?)?`;
const AFTER = String.raw`(?:\s+(?:version|format|ready|style|size|vid|video|post|mode|friendly|compatible|length|channel|account|page|profile)\b)?(?:\s*(?:的)?\s*(?:版本?|格式|尺寸|比例|画幅|规格|模式))?`;
/** "画面改成", "把比例变成", "做成": the Chinese verb (and what it changes) before a frame word. */
const ZH_CHANGE = String.raw`(?:(?:把)?(?:画面|画幅|比例|尺寸|视频)?(?:的)?(?:比例)?\s*(?:改成|改为|变成|做成|换成|调成|弄成|转成|转为|裁成|设为|设成))?`;
const PRESETS: Array<[Preset | "instagram", RegExp]> = [
  ["shorts", new RegExp(String.raw`${FOR}\b(?:(?:youtube)\s+shorts?|shorts)\b${AFTER}`)],
  ["story", new RegExp(String.raw`${FOR}\b(?:(?:instagram|facebook|fb|snapchat|snap|whatsapp)\s+)?(?:story|stories)\b${AFTER}|${FOR}\bsnapchat\b${AFTER}`)],
  ["reels", new RegExp(String.raw`${FOR}\b(?:(?:instagram|facebook|fb)\s+)?reels?\b${AFTER}`)],
  ["tiktok", new RegExp(String.raw`${FOR}\btiktok\b${AFTER}|${FOR}(?:(?:适合|适配|适用于|用于|发到|发在|发)\s*)?(?:抖音|douyin)(?:\s*(?:的)?\s*(?:版本?|格式|尺寸|比例|画幅|规格|模式))?`)],
  ["youtube", new RegExp(String.raw`${FOR}\byoutube\b${AFTER}`)],
  ["instagram", new RegExp(String.raw`(?:给|发到|发在|发给|用于|适合|适配)\s*instagram\s*(?:发|上传|用)?|${FOR}\binstagram\b(?:\s+(?:post|feed|grid))?${AFTER}|\bfeed\s+post\b|(?:\b(?:post(?:ed|ing)?|share)\s+(?:it\s+|this\s+)?)?\b(?:for|on|to|in)\s+(?:the\s+|my\s+|our\s+)?(?:feed|grid)\b`)],
  ["square", new RegExp(String.raw`${FOR}\bsquare\b(?:\s+(?:format|crop|video|post|frame|aspect|version|one))?|${ZH_CHANGE}(?:正方形|方形|方屏)`)],
];
const FEED = /\b(?:post|feed|grid)\b/;

const ASPECT_WORDS: Array<["9:16" | "16:9", RegExp]> = [
  ["9:16", new RegExp(String.raw`\b(?:portrait|vertical(?:ly)?|upright)\b(?:\s+(?:mode|format|video|orientation|version))?|${ZH_CHANGE}(?:竖屏|竖版|竖着|竖向)(?:\s*(?:的)?\s*(?:版本?|格式|尺寸|比例|画幅|模式))?`)],
  ["16:9", new RegExp(String.raw`\b(?:landscape|horizontal(?:ly)?|widescreen|wide\s*screen)\b(?:\s+(?:mode|format|video|orientation|version))?|${ZH_CHANGE}(?:横屏|横版|横着|横向)(?:\s*(?:的)?\s*(?:版本?|格式|尺寸|比例|画幅|模式))?`)],
];
/** "keep the original aspect ratio", "保持原比例": the source frame, said out loud. */
const KEEP_FRAME = /\b(?:keep|leave|use|maintain|preserve|stay\s+in|(?:go\s+)?back\s+to|restore|return\s+to|reset\s+(?:it\s+)?to|revert\s+to)\s+(?:it\s+(?:in|at)\s+)?(?:the\s+|its\s+)?(?:original|source|same|current|native)\s+(?:aspect(?:\s+ratio)?|ratio|size|frame|orientation|dimensions|format)\b|(?:保持|保留|用)?(?:原始?|原来的?)(?:比例|尺寸|画幅)/;
const ASPECT_TOKENS = new RegExp(String.raw`(?:\b(?:aspect(?:\s+ratio)?|ratio)\s*[:=]\s*|\b(?:from|to|in|at|as|into)\s+|从|转(?:成|为)?)?${T.a}(?:\s+(?:aspect(?:\s+ratio)?|ratio|format))?`, "g");
const SUPPORTED_ASPECTS = new Set(["9:16", "16:9", "1:1", "4:5"]);

const FITS: Array<["crop" | "pad" | "blur", RegExp]> = [
  // "sides filled with blur", "fill the bars with a blur": what the blur fills is part of it.
  ["blur", /\b(?:(?:the\s+)?(?:sides|bars|edges|borders|background|gaps|space|rest)\s+)?(?:filled|fill(?:ed)?|padded)\s+(?:in\s+)?with\s+(?:a\s+)?blur(?:red|ry)?(?:\s+(?:background|fill|version))?\b|\bfill\s+(?:the\s+)?(?:sides|bars|edges|borders|background|gaps|space|rest)\s+with\s+(?:a\s+)?blur(?:red|ry)?\b|\bblur(?:red|ry)?\s+(?:the\s+)?(?:background|sides|bars|edges|borders|fill)\b|\bbackground\s+blur\b|\bblur\b(?!\s+(?:out\s+)?(?:(?:my|his|her|their|our|your|that|this|those|these|any|all)\b|the\s+(?!background|sides|bars|edges|borders|fill)[a-z]+|faces?\b|it\b|people\b|plates?\b|logos?\b|names?\b))|(?:背景|两边|两侧|边缘|左右|上下)(?:用|做|加)?模糊(?:填充|处理)?|模糊(?:的)?(?:背景|两边|两侧|边缘|填充)/],
  ["pad", /\b(?:black|white|colou?red)\s+(?:bars|borders|edges|background)\b(?:\s+on\s+(?:the\s+|both\s+)?(?:sides|top\s+and\s+bottom|edges))?|\b(?:keep|fit)\s+(?:everything|it\s+all|the\s+whole\s+(?:thing|frame|picture))\s+in\s+(?:the\s+)?(?:frame|shot|view|picture)\b|\bletter\s?box(?:ed|ing)?\b|\bpillar\s?box(?:ed|ing)?\b|\bpad(?:ding|ded)?\b|\b(?:fit|show)\s+(?:the\s+)?(?:whole|entire|full)\s+(?:frame|video|thing|picture|image|shot)\b|\bkeep\s+(?:the\s+)?(?:whole|entire|full)\s+(?:frame|picture|image|shot)\b|\bbars\b|(?:加|留|有|带)?(?:个|上)?黑边|留白|不(?:要)?裁剪/],
  ["crop", /\bcrop(?:ped|ping|s)?\b(?:\s+(?:it|the\s+(?:video|sides|edges)))?(?:\s+(?:in|to\s+fill))?|\b(?:fill|fills|filling)\s+(?:the\s+)?(?:whole\s+|entire\s+)?(?:frame|screen)\b|\bzoom(?:ed)?\s+(?:in\s+)?to\s+fill\b|\bfull\s?screen\b|裁剪|铺满|填满/],
];
const RECORDED_IN = /\b(?:recorded|filmed|shot|captured|was)\b(?:\s+(?:it|this|that|the\s+(?:video|clip)|everything))?\s+(?:in|as)\s+(?:a\s+)?$|(?:拍的是|录的是|原来是|原视频是)\s*$/;
const INSTEAD_OF = /\b(?:instead\s+of|rather\s+than)\s*$/;

const RES_TOKEN = new RegExp(String.raw`(?:\b(?:in|at|to)\s+)?${T.r}(?:\s+(?:resolution|res|quality))?`);
const FULL_HD = /\b(?:full\s+hd|fhd)\b|全高清/;
const HD = /\b(?:in\s+)?hd\b/;
const LOW_RES = /\b(?:sd|low[\s-]?res(?:olution)?|small(?:er)?\s+file(?:\s+size)?)\b|标清/;
const FPS = new RegExp(String.raw`(?:\b(?:at|in)\s+)?${T.n}\s*(?:fps|frames?\s+(?:per|a)\s+second|帧(?:每秒)?)|\b(?:fps|frame\s*rate|framerate)\s*(?::|=|of|at|to)?\s*${T.n}|帧率\s*(?::|=|调到|设为)?\s*${T.n}`);

/** "导出gif格式", "gif format", "as an mp4 file": the word after a format name. */
const FORMAT_WORD = /\s*(?:格式|文件|format|file)/y;
const FORMATS: Array<[OutputFormat, RegExp]> = [
  ["gif", /(?:\b(?:as|into|to)\s+)?(?:\ban?\s+)?\bgifs?\b(?:\s+file)?|动图/],
  ["mp3", /(?:\b(?:as|into|to)\s+)?(?:\ban?\s+)?\bmp3\b(?:\s+(?:file|only))?/],
  ["wav", /(?:\b(?:as|into|to)\s+)?(?:\ban?\s+)?\bwav\b(?:\s+(?:file|only))?/],
  ["m4a", /(?:\b(?:as|into|to)\s+)?(?:\ban?\s+)?\bm4a\b(?:\s+file)?/],
  ["aac", /(?:\b(?:as|into|to)\s+)?(?:\ban?\s+)?\baac\b(?:\s+file)?/],
  ["webm", /(?:\b(?:as|into|to)\s+)?(?:\ban?\s+)?\bwebm\b(?:\s+file)?/],
  ["mov", /(?:\b(?:as|into|to)\s+)?(?:\ban?\s+)?\b(?:mov|quicktime|prores)\b(?:\s+file)?/],
  ["mp4", /(?:\b(?:as|into|to)\s+)?(?:\ban?\s+)?\b(?:mp4|h\.?264)\b(?:\s+file)?/],
  ["png", /(?:\b(?:as|into|to)\s+)?(?:\ban?\s+)?\bpng\b(?:\s+(?:file|image))?/],
  ["jpg", /(?:\b(?:as|into|to)\s+)?(?:\ban?\s+)?\bjpe?g\b(?:\s+(?:file|image))?/],
];
/** "export the audio", "download just the sound": the export verb is the intent's, the rest asks for audio only. */
const EXPORT_AUDIO = /\b(?:export|extract|download|save|render|send)\s+(?:me\s+)?(?:just\s+|only\s+)?(?:the\s+)?(?:audio|sound)\b/;
const AUDIO_OBJECT = /(?:\bjust\s+|\bonly\s+)?(?:\bthe\s+)?\b(?:audio|sound)\b(?:\s+only)?/;
const AUDIO_ONLY = /\b(?:just|only)\s+(?:the\s+)?(?:audio|sound)\b|\b(?:audio|sound)\s+only\b|\bextract\s+(?:the\s+)?(?:audio|sound)\b|\baudio\s+file\b|只要音频|提取音频|导出音频|音频文件/;
/** "a still", "as a still image" — not the adverb ("do i still have credits", "you can still hear"). */
const STILL = /\bthumbnail\b|\b(?:an?|as|the|one)\s+still\b(?:\s+(?:image|frame|photo|picture|shot))?|\bstill\s+(?:image|frame|photo|picture|shot)\b|\bscreenshot\b|\bcover\s+(?:image|photo|pic(?:ture)?|frame|art)\b|\bposter\s+frame\b|\bsnapshot\b|封面|缩略图|截图/;

const QUALITY: Array<[Output["quality"], RegExp]> = [
  ["draft", /(?:\b(?:quick|rough|fast)\s+)?\bdraft\b(?:\s+(?:quality|mode|render|version|export))?|\b(?:quick|fast)\s+(?:render|export|version|preview)\b|\bpreview\b|\brough\s+cut\b|\blow(?:er|est)?\s+quality\b|\bfast\s+render\b|草稿|预览|快速导出/],
  ["standard", /\bstandard(?:\s+quality)?\b|\b(?:normal|medium|regular|decent)\s+quality\b|标准画质/],
  ["high", /(?:画质|质量|清晰度)\s*(?:要|调到|设为|设成|用)?\s*(?:高清|超清|最高|最好)|\b(?:high|highest|best|max(?:imum)?|top|full|great)\s+quality\b|\bhq\b|\bhigh\s+res(?:olution)?\b|\bbest\s+possible\b|高清|高画质|高质量|超清|最高画质/],
];

/**
 * Every word a rule of this file starts from (platforms, frames, fits, resolutions, formats,
 * qualities): a clause with none of them is skipped whole, which most clauses are.
 */
const GATE = /short|stor(?:y|ies)|snap|reel|tiktok|抖音|douyin|youtube|instagram|feed|grid|square|方形|方屏|portrait|vertical|upright|landscape|horizontal|wide|竖|横|original|source|same|current|native|原|\uE000[arn]|blur|模糊|bars|border|edge|background|black|white|colou?red|letter|pillar|\bpad|fit|show|keep|黑边|留白|裁剪|crop|fill|zoom|full|铺满|填满|hd|\bsd\b|\bres|small|标清|fps|frame|帧|gif|动图|mp3|wav|m4a|aac|webm|mov|quicktime|prores|mp4|h\.?264|png|jpe?g|audio|sound|音频|thumbnail|still|screenshot|cover|poster|snapshot|封面|缩略图|截图|draft|preview|rough|草稿|预览|快速|standard|quality|标准|\bhq\b|best|画质|质量|清晰度|高清|超清|export|render|download|save|send|导出|渲染|给|发|适合|适配|用于/;
const QUALITY_ALL = QUALITY.map(([q, re]) => [q, new RegExp(re.source, "g")] as const);

export function frame(d: Draft): void {
  d.audioOnly = false;
  for (const cl of d.clauses) {
    if (!cl.has(GATE)) continue;
    presets(d, cl);
    aspects(d, cl);
    fits(d, cl);
    resolution(d, cl);
    formats(d, cl);
    for (const [q, re] of QUALITY_ALL) {
      if (cl.takeAll(re).length > 0) {
        d.output.quality ??= q;
        cl.tags.add("quality");
      }
    }
  }
  // Instagram named alone is a reel, unless the request names another frame ("4:5 for instagram").
  if (d.instagram && d.output.preset === undefined && (d.output.aspect === undefined || d.output.aspect === "9:16")) d.output.preset = "reels";
  if (d.audioOnly && !(d.output.format && AUDIO_FORMATS.has(d.output.format))) {
    if (d.output.format) note(d, `"Audio only" and ${d.output.format} disagree; the output is ${d.output.format}.`);
    else d.output.format = "mp3";
  }
}

/**
 * Two frames in one request are a conversion, and the one named last is the result: "convert
 * from 16:9 to 9:16", "turn this landscape video into a vertical one", "横屏转竖屏", "turn my
 * youtube video into a tiktok". Earlier ones describe the source.
 */
function lastNamed<T>(found: Array<{ index: number; value: T }>): T | undefined {
  return found.reduce<{ index: number; value: T } | undefined>((a, b) => (a === undefined || b.index > a.index ? b : a), undefined)?.value;
}

function presets(d: Draft, cl: Clause): void {
  const found: Array<{ index: number; value: Preset }> = [];
  for (const [p, re] of PRESETS) {
    const m = cl.take(re);
    if (!m) continue;
    cl.tags.add("frame");
    if (negationBefore(cl.c, m.index, cl.orig) === "not" || INSTEAD_OF.test(cl.c.slice(Math.max(0, m.index - 16), m.index))) continue;
    if (p === "instagram") {
      // Instagram alone means a reel; a feed post is 4:5 unless the clause names another frame.
      if (FEED.test(m[0])) {
        if (d.output.aspect === undefined && !/square/.test(cl.raw.toLowerCase())) d.output.aspect = "4:5";
      } else if (!/square|\bpost\b/.test(cl.raw.toLowerCase())) {
        d.instagram = true;
      }
      continue;
    }
    found.push({ index: m.index, value: p });
  }
  const p = lastNamed(found);
  if (p) d.output.preset ??= p;
}

function aspects(d: Draft, cl: Clause): void {
  const found: Array<{ index: number; value: Output["aspect"] }> = [];
  for (const tok of cl.takeAll(ASPECT_TOKENS)) {
    cl.tags.add("frame");
    const a = tok[1]!;
    if (SUPPORTED_ASPECTS.has(a)) found.push({ index: tok.index, value: a as Output["aspect"] });
    else note(d, `${a} is not an output aspect (9:16, 16:9, 1:1, 4:5); kept the source frame.`);
  }
  for (const [a, re] of ASPECT_WORDS) {
    const m = cl.take(re);
    if (!m) continue;
    cl.tags.add("frame");
    // "don't make it vertical", "vertical instead of landscape": refused, it decides nothing;
    // "i recorded this in landscape": the source's frame, said to explain.
    const before = cl.c.slice(Math.max(0, m.index - 30), m.index);
    // "no vertical please", "don't make it vertical": refused.
    if (negationBefore(cl.c, m.index, cl.orig) !== null || INSTEAD_OF.test(before) || RECORDED_IN.test(before)) continue;
    found.push({ index: m.index, value: a });
  }
  const a = lastNamed(found);
  if (a) d.output.aspect ??= a;
  if (cl.take(KEEP_FRAME)) {
    cl.tags.add("frame");
    d.output.aspect ??= "source";
  }
}

function fits(d: Draft, cl: Clause): void {
  let here: string | null = null;
  for (const [fit, re] of FITS) {
    const m = cl.take(re);
    if (!m) continue;
    cl.tags.add("frame");
    if (INSTEAD_OF.test(cl.c.slice(Math.max(0, m.index - 20), m.index))) continue;
    // "a blurred background to fill the frame": filling is what the blur (or bars) are for.
    if (fit === "crop" && here !== null && /^(?:to\s+)?fill/.test(m[0])) continue;
    here = fit;
    const neg = negationBefore(cl.c, m.index, cl.orig);
    // "no black bars" asks for a crop; "don't crop" asks for bars.
    const chosen = neg === null ? fit : fit === "crop" ? "pad" : "crop";
    if (neg !== null && fit === "blur") continue;
    d.output.fit = d.output.fit === undefined || neg === null ? chosen : d.output.fit;
  }
}

/**
 * "export at 720", "resolution: 1080": a usual line count without its "p", after a word that
 * only a resolution follows (never a length: "at 720" is not 12 minutes in).
 */
const BARE_RES = new RegExp(String.raw`(?:\b(?:resolution|res)\s*(?::|=|of|at|to)?\s*|\b(?:in|at)\s+)${T.n}(?!\s*(?:seconds?|secs?|s|ms|fps|%|x)\b)`);
const LINE_COUNTS = new Set([360, 480, 720, 1080, 1440, 2160]);
const EXPORTING = /\b(?:export|render|download|save|send|resolution|res)\b|导出|渲染/;

function resolution(d: Draft, cl: Clause): void {
  const r = cl.take(RES_TOKEN);
  let px: number | null = r ? Number(r[1]) : null;
  if (px === null && EXPORTING.test(cl.orig)) {
    const bare = cl.find(BARE_RES);
    if (bare && LINE_COUNTS.has(Number(bare[1]))) {
      cl.claim(bare.index, bare.index + bare[0].length);
      px = Number(bare[1]);
    }
  }
  if (cl.take(FULL_HD)) px ??= 1080;
  if (px === null && cl.take(LOW_RES)) px = 480;
  if (px === null && cl.take(HD)) cl.tags.add("frame");
  if (px === null) return;
  cl.tags.add("frame");
  if (px > 1080) {
    note(d, `${px >= 2160 ? "4K" : `${px}p`} is above the highest output (1080p); the output is 1080p.`);
    d.output.resolution ??= null;
    return;
  }
  const options = [480, 720, 1080] as const;
  const nearest = options.reduce((a, b) => (Math.abs(b - px!) < Math.abs(a - px!) ? b : a));
  if (nearest !== px) note(d, `${px}p is not offered; used ${nearest}p.`);
  d.output.resolution ??= nearest;
}

function setFps(d: Draft, v: number): void {
  if (!(v >= 1)) return;
  if (v > 60) note(d, `${v} fps is above the 60 fps cap; used 60.`);
  d.output.fps = Math.min(60, v);
}

function formats(d: Draft, cl: Clause): void {
  const fps = cl.take(FPS);
  if (fps) {
    cl.tags.add("frame");
    setFps(d, Number(fps[1] ?? fps[2]));
  }
  let chosen: OutputFormat | null = null;
  for (const [f, re] of FORMATS) {
    const m = cl.take(re);
    if (!m) continue;
    const after = m.index + m[0].length;
    const word = cl.at(FORMAT_WORD, after);
    if (word) cl.claim(after, after + word[0].length);
    if (negationBefore(cl.c, m.index, cl.orig) === null) chosen ??= f;
  }
  // "audio only" asks for an audio file; which one is up to a format named anywhere (mp3 if none).
  if (cl.take(AUDIO_ONLY)) d.audioOnly = true;
  else if (EXPORT_AUDIO.test(cl.orig) && cl.take(AUDIO_OBJECT)) d.audioOnly = true;
  if (chosen && AUDIO_FORMATS.has(chosen)) cl.take(/\b(?:just\s+|only\s+)?(?:the\s+)?(?:audio|sound)(?:\s+only)?\b/);
  if (cl.take(STILL)) chosen = chosen === "png" ? "png" : (chosen ?? "jpg");
  if (chosen) {
    cl.tags.add("frame");
    d.output.format ??= chosen;
  }
}
