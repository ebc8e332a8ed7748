import { describe, expect, it } from "vitest";
import { FORMAT_WHITELIST } from "../../src/media/formats.js";
import { buildAss, escapeAssText, wrapText } from "../../src/engine/compile/ass.js";
import { fpsFraction } from "../../src/engine/compile/graph.js";
import { compileRender, TEXT_FILE, type CompileInput } from "../../src/engine/compile/index.js";
import { groupSegments, MERGE_GAP_MS } from "../../src/engine/compile/inputs.js";
import { encoderArgs, x264Preset } from "../../src/engine/compile/output.js";
import { buildTimeline } from "../../src/engine/timeline/build.js";
import { normalizePlan } from "../../src/plan/normalize.js";
import { EditPlanSchema, type EditPlanInput } from "../../src/plan/schema.js";
import type { MediaInfo } from "../../src/media/probe.js";
import type { MediaSegment } from "../../src/timeline/schema.js";
import { audioInfo, imageInfo, videoInfo } from "./facts.js";

/** Plan → Timeline → ffmpeg arguments, for a source whose kept spans are given directly. */
function compile(p: EditPlanInput, info: MediaInfo = videoInfo(), extra: Partial<CompileInput> = {}) {
  const plan = normalizePlan(EditPlanSchema.parse(p));
  const music = extra.media?.music ? { name: "m.mp3", info: extra.media.music.info } : null;
  const { timeline } = buildTimeline({ plan, source: { name: "in.mp4", info }, music, speech: null, glyphs: null });
  const out = compileRender({
    timeline,
    format: plan.output.format,
    quality: plan.output.quality,
    media: { main: { path: "/media/in.mp4", info }, ...extra.media },
    machine: extra.machine ?? { cpus: 2 },
    outputPath: "/out/x.part",
  });
  const graph = out.args[out.args.indexOf("-filter_complex") + 1] ?? "";
  return { ...out, timeline, graph };
}

const inputsOf = (args: string[]) => args.flatMap((a, i) => (a === "-i" ? [i] : []));

describe("compileRender inputs", () => {
  const far = compile({
    cut: {
      ranges: [
        { startMs: 1000, endMs: 3000 },
        { startMs: 8000, endMs: 9000 },
      ],
    },
  });

  it("seeks each far-apart kept segment as its own input, so only kept parts are decoded", () => {
    const at = inputsOf(far.args);
    expect(at).toHaveLength(2);
    expect(far.args.slice(at[0]! - 8, at[0]! + 2)).toEqual([
      "-ss",
      "1.000",
      "-t",
      "2.000",
      "-protocol_whitelist",
      "file,pipe",
      "-format_whitelist",
      FORMAT_WHITELIST,
      "-i",
      "file:/media/in.mp4",
    ]);
    expect(far.args.slice(at[1]! - 8, at[1]!)).toEqual([
      "-ss",
      "8.000",
      "-t",
      "1.000",
      "-protocol_whitelist",
      "file,pipe",
      "-format_whitelist",
      FORMAT_WHITELIST,
    ]);
    expect(far.graph).toContain("concat=n=2:v=1:a=0");
  });

  it("reads segments less than a second apart through one input, trimming each out of it", () => {
    const near = compile({
      cut: {
        ranges: [
          { startMs: 1000, endMs: 3000 },
          { startMs: 3400, endMs: 5000 },
        ],
      },
    });
    expect(inputsOf(near.args)).toHaveLength(1);
    expect(near.args).toContain("4.000");
    expect(near.graph).toContain("trim=start=2.400:end=4.000,setpts=(PTS-2.400/TB)");
    expect(near.graph).toContain("atrim=start=2.400:end=4.000,asetpts=(PTS-2.400/TB)");
  });

  it("picks streams by their probed index, not by type order (audio-first files, data tracks)", () => {
    const r = compile({}, videoInfo({ video: { index: 1 }, audio: { index: 0 } }));
    expect(r.graph).toMatch(/\[0:1\]fps=/);
    expect(r.graph).toMatch(/\[0:0\]aresample=/);
  });

  it("gives every segment an exact frame count and sample count from the Timeline", () => {
    expect(far.graph).toContain("trim=end_frame=60");
    expect(far.graph).toContain("trim=end_frame=30");
    expect(far.graph).toContain(`atrim=end_sample=${2 * 48000}`);
    const t = far.args.indexOf("-t", far.args.indexOf("-filter_complex"));
    expect(far.args[t + 1]).toBe("3.000");
  });

  it("fades 8 ms either side of a real cut so joins do not click", () => {
    expect(far.graph).toContain("afade=t=out:st=1.992:d=0.008");
    expect(far.graph).toContain("afade=t=in:st=0:d=0.008");
  });
});

describe("compileRender frame", () => {
  it("crops a 16:9 clip to fill 9:16, colour converted to limited-range BT.709 4:2:0", () => {
    const r = compile({ output: { preset: "tiktok" } });
    expect(r.graph).toContain("scale=3414:1920:flags=bicubic,crop=1080:1920:1167:0,setsar=1,format=yuv420p");
  });

  it("pads or blurs when asked", () => {
    expect(compile({ output: { preset: "tiktok", fit: "pad" } }).graph).toContain("pad=1080:1920:0:656:color=0x101418");
    const blur = compile({ output: { preset: "tiktok", fit: "blur" } }).graph;
    expect(blur).toContain("boxblur");
    expect(blur).toContain("overlay=0:656");
  });

  it("converts SD BT.601 and full-range sources", () => {
    const sd = compile(
      {},
      videoInfo({
        video: { width: 640, height: 360, codedWidth: 640, codedHeight: 360, colorSpace: null, pixFmt: "yuvj420p" },
      }),
    ).graph;
    expect(sd).toContain("in_color_matrix=bt601:out_color_matrix=bt709:in_range=pc:out_range=tv");
  });

  it("leaves a source already at the output size unscaled", () => {
    const r = compile(
      { output: { preset: "tiktok" } },
      videoInfo({ video: { width: 1080, height: 1920, codedWidth: 1080, codedHeight: 1920 } }),
    );
    expect(r.graph).not.toContain("scale=");
    expect(r.graph).not.toContain("crop=");
  });

  it("sizes a rotated phone clip by its displayed frame; ffmpeg's autorotate turns it", () => {
    const r = compile(
      { output: { preset: "tiktok" } },
      videoInfo({ video: { codedWidth: 568, codedHeight: 320, width: 320, height: 568, rotation: 90 } }),
    );
    expect(r.graph).toContain("scale=1082:1920");
    expect(r.graph).not.toMatch(/transpose|rotate/);
  });

  it("tone-maps HDR to SDR through zscale", () => {
    const r = compile(
      {},
      videoInfo({ video: { hdr: true, colorTransfer: "smpte2084", bitDepth: 10, pixFmt: "yuv420p10le" } }),
    );
    expect(r.graph).toContain(
      "zscale=t=linear:npl=100,format=gbrpf32le,zscale=p=bt709,tonemap=tonemap=hable:desat=0," +
        "zscale=t=bt709:m=bt709:r=tv,format=yuv420p",
    );
  });

  it("falls back to a BT.2020 → BT.709 matrix conversion, with a note, when ffmpeg cannot tone-map", () => {
    const info = videoInfo({ video: { hdr: true, colorTransfer: "smpte2084", bitDepth: 10, pixFmt: "yuv420p10le" } });
    const r = compile({}, info, { machine: { cpus: 2, toneMapping: false } });
    expect(r.graph).not.toContain("zscale");
    expect(r.graph).toContain("in_color_matrix=bt2020:out_color_matrix=bt709");
    expect(r.notes[0]).toMatch(/without tone mapping/);
  });

  it("refuses a Timeline whose source has no file", () => {
    const plan = normalizePlan(EditPlanSchema.parse({}));
    const { timeline } = buildTimeline({
      plan,
      source: { name: "a", info: videoInfo() },
      music: null,
      speech: null,
      glyphs: null,
    });
    expect(() =>
      compileRender({ timeline, format: "mp4", quality: "high", media: {}, machine: { cpus: 2 }, outputPath: "/o" }),
    ).toThrow(/source "main" that has no file/);
  });

  it("holds a still for its duration and pictures a sound-only source as a waveform", () => {
    const still = compile({}, imageInfo());
    expect(still.graph).toContain("tpad=stop=-1:stop_mode=clone,trim=end_frame=150");
    expect(inputsOf(still.args)).toHaveLength(1);
    expect(still.args).not.toContain("-ss");
    const wave = compile({}, audioInfo()).graph;
    expect(wave).toContain("showwaves=s=1080x480");
    expect(wave).toContain("color=c=0x101418:s=1080x1920");
  });

  it("fades the picture to and from black", () => {
    const r = compile({ fade: { inMs: 500, outMs: 1000 } }, videoInfo({ durationMs: 6000 }));
    expect(r.graph).toContain("fade=t=in:st=0:d=0.500,fade=t=out:st=5.000:d=1.000");
  });
});

describe("compileRender text", () => {
  const hostile = "Banana'; drawtext=text=pwned:x=0 [out] {\\fs400}\\N";
  const r = compile({
    texts: [{ text: hostile, style: "fun", position: "top", animation: "pop", startMs: 0, endMs: 3000 }],
  });

  it("draws texts from a script file, so user text never enters the filter graph or argv", () => {
    expect(r.graph).toContain(`ass=filename=${TEXT_FILE}`);
    expect(r.args.join(" ")).not.toContain("pwned");
    expect(r.files).toHaveLength(1);
    expect(r.files[0]?.name).toBe(TEXT_FILE);
  });

  it("escapes ASS override braces and backslashes in the text", () => {
    const script = r.files[0]?.content ?? "";
    const dialogue = script.split("\n").find((l) => l.startsWith("Dialogue:")) ?? "";
    expect(dialogue).toContain("\\{\\\u2060fs400\\}\\\u2060N");
    expect(dialogue).not.toMatch(/[^\\]\{\\fs400\}/);
    expect(escapeAssText("a\nb\r\u2028c")).toBe("a b  c");
  });

  it("never lets a line break in the text start a new script line", () => {
    const s = buildAss(
      [
        {
          text: "one\r\nDialogue: 0,0:00:00.00,9:00:00.00,fun,,0,0,0,,owned",
          startMs: 0,
          durationMs: 1000,
          position: "center",
          style: "bold",
          animation: "none",
          size: "medium",
        },
      ],
      { width: 1080, height: 1920 },
    );
    expect(s.split("\n").filter((l) => l.startsWith("Dialogue:"))).toHaveLength(1);
  });

  it("keeps top text below the top 10% and bottom text above the bottom 20% on 9:16", () => {
    const seg = (position: "top" | "bottom") => ({
      text: "Hi",
      startMs: 0,
      durationMs: 1000,
      position,
      style: "caption" as const,
      animation: "none" as const,
      size: "medium" as const,
    });
    const s = buildAss([seg("top"), seg("bottom")], { width: 1080, height: 1920 });
    expect(s).toContain("caption,,54,54,230,,{\\an8");
    expect(s).toContain("caption,,54,54,422,,{\\an2");
  });

  it("pops in from small with a slight overshoot", () => {
    expect(r.files[0]?.content).toMatch(
      /\\fscx30\\fscy30\\t\(0,160,\\fscx106\\fscy106\)\\t\(160,260,\\fscx100\\fscy100\)/,
    );
  });

  it("wraps long text into balanced lines and breaks CJK between characters", () => {
    const lines = wrapText("The best banana bread you will ever make at home", 12, true);
    expect(lines.length).toBeGreaterThan(2);
    const lengths = lines.map((l) => l.length);
    expect(Math.max(...lengths) - Math.min(...lengths)).toBeLessThan(12);
    expect(wrapText("香蕉面包香蕉面包香蕉面包", 5, true)).toEqual(["香蕉面包", "香蕉面包", "香蕉面包"]);
    expect(wrapText("bread 香蕉 you", 40, true)).toEqual(["bread 香蕉 you"]);
    expect(wrapText("bread香蕉you", 40, true)).toEqual(["bread香蕉you"]);
  });

  it("shrinks a word too long for the frame until it fits in 90% of the width", () => {
    const s = buildAss(
      [
        {
          text: "Supercalifragilisticexpialidocious",
          startMs: 0,
          durationMs: 1000,
          position: "top",
          style: "fun",
          animation: "none",
          size: "medium",
        },
      ],
      { width: 1080, height: 1920 },
    );
    const size = Number(/\\fs(\d+)/.exec(s)?.[1]);
    expect(size).toBeLessThan(Math.round(1080 * 0.095));
    // 33 lower-case letters and a capital at our width estimate.
    expect((33 * 0.66 + 0.78) * size).toBeLessThan(1080 * 0.9);
  });

  it("draws large text bigger and small text smaller than the style's own size", () => {
    const fs = (size: "small" | "medium" | "large") =>
      Number(
        /\\fs(\d+)/.exec(
          buildAss(
            [{ text: "Hi", startMs: 0, durationMs: 1000, position: "top", style: "bold", animation: "none", size }],
            { width: 1080, height: 1920 },
          ),
        )?.[1],
      );
    expect(fs("medium")).toBe(Math.round(1080 * 0.085));
    expect(fs("large")).toBeGreaterThan(fs("medium") * 1.3);
    expect(fs("small")).toBeLessThan(fs("medium") * 0.8);
  });

  it("sets CJK text in a CJK face", () => {
    expect(
      buildAss(
        [
          {
            text: "香蕉面包",
            startMs: 0,
            durationMs: 1000,
            position: "center",
            style: "bold",
            animation: "fade",
            size: "medium",
          },
        ],
        { width: 1080, height: 1920 },
      ),
    ).toContain("\\fnNoto Sans CJK SC");
  });
});

describe("compileRender sound", () => {
  it("gives a clip without sound a silent stereo track", () => {
    const r = compile({}, videoInfo({ audio: null, durationMs: 3000 }));
    expect(r.graph).toContain("anullsrc=r=48000:cl=stereo,atrim=end_sample=144000");
    expect(r.args).toContain("aac");
  });

  it("synthesises the music bed and ducks it under the voice with a sidechain compressor", () => {
    const r = compile({ audio: { music: { volume: 0.3 } } }, videoInfo({ durationMs: 4000 }));
    expect(r.graph).toContain("aevalsrc=");
    expect(r.graph).toContain("volume=0.3");
    expect(r.graph).toMatch(/sidechaincompress=threshold=0\.02/);
    expect(r.graph).toContain("amix=inputs=2:duration=first:dropout_transition=0:normalize=0");
    expect(r.graph).toContain("afade=t=out:st=3.000:d=1.000");
  });

  it("loops a short music file with -stream_loop", () => {
    const music = { path: "/media/m.mp3", info: audioInfo(1500) };
    const r = compile({ audio: { music: { duck: false } } }, videoInfo({ durationMs: 4000 }), { media: { music } });
    const i = r.args.indexOf("file:/media/m.mp3");
    expect(r.args.slice(i - 7, i - 5)).toEqual(["-stream_loop", "-1"]);
    expect(r.graph).not.toContain("sidechaincompress");
  });

  it("normalises to -14 LUFS when asked and keeps 48 kHz after loudnorm", () => {
    expect(compile({ audio: { normalize: true } }).graph).toContain("loudnorm=I=-14:TP=-1.5:LRA=11,aresample=48000");
  });

  it("applies speed to picture and sound alike", () => {
    const r = compile({ speed: 2 }, videoInfo({ durationMs: 4000 }));
    expect(r.graph).toContain("setpts=PTS/2");
    expect(r.graph).toContain("atempo=2");
    const slow = compile({ speed: 0.25 }, videoInfo({ durationMs: 1000 })).graph;
    expect(slow).toContain("atempo=0.5,atempo=0.5");
  });
});

describe("compileRender outputs", () => {
  it("writes H.264 High yuv420p + AAC 48 kHz with faststart and no metadata for mp4", () => {
    const r = compile({ output: { quality: "high" } });
    const a = r.args.join(" ");
    expect(a).toContain("-c:v libx264 -preset veryfast -crf 21 -maxrate");
    expect(a).toContain("-profile:v high -pix_fmt yuv420p");
    expect(a).toContain("-c:a aac -b:a 128k -ar 48000 -ac 2 -movflags +faststart -f mp4");
    expect(a).toContain("-map_metadata -1 -map_chapters -1");
    expect(r.args.at(-1)).toBe("file:/out/x.part");
  });

  it("caps the bit rate by quality and frame size", () => {
    const high = encoderArgs("mp4", "high", { width: 1080, height: 1920, fps: 30 }, { cpus: 2 });
    const draft = encoderArgs("mp4", "draft", { width: 1080, height: 1920, fps: 30 }, { cpus: 2 });
    expect(high[high.indexOf("-maxrate") + 1]).toBe("10000k");
    expect(draft[draft.indexOf("-maxrate") + 1]).toBe("3000k");
    expect(draft[draft.indexOf("-preset") + 1]).toBe("ultrafast");
  });

  it("chooses a slower x264 preset on bigger machines", () => {
    expect(x264Preset("standard", { cpus: 2 })).toBe("veryfast");
    expect(x264Preset("standard", { cpus: 16 })).toBe("medium");
  });

  it.each([
    ["webm", ["-c:v", "libvpx-vp9"], ["-c:a", "libopus"]],
    ["mov", ["-f", "mov"], ["-c:a", "aac"]],
    ["mp3", ["-c:a", "libmp3lame"], ["-f", "mp3"]],
    ["wav", ["-c:a", "pcm_s16le"], ["-f", "wav"]],
    ["m4a", ["-c:a", "aac"], ["-f", "ipod"]],
    ["aac", ["-c:a", "aac"], ["-f", "adts"]],
    ["jpg", ["-frames:v", "1"], ["-c:v", "mjpeg"]],
    ["png", ["-frames:v", "1"], ["-c:v", "png"]],
  ] as const)("maps %s to its codecs and muxer", (format, a, b) => {
    const r = compile({ output: { format } });
    const s = r.args.join(" ");
    expect(s).toContain(a.join(" "));
    expect(s).toContain(b.join(" "));
  });

  it("maps no picture for audio formats and no sound for stills and GIFs", () => {
    expect(compile({ output: { format: "mp3" } }).args.filter((a) => a === "-map")).toHaveLength(1);
    expect(compile({ output: { format: "png" } }).graph).not.toContain("aresample");
    const gif = compile({ output: { format: "gif" } });
    expect(gif.graph).toContain("palettegen=stats_mode=single");
    expect(gif.graph).toContain("paletteuse=new=1");
    expect(gif.args.filter((a) => a === "-map")).toHaveLength(1);
  });

  it("takes a still where the first text is fully shown", () => {
    const r = compile({ output: { format: "jpg" }, texts: [{ text: "x", startMs: 2000, endMs: 4000 }] });
    expect(r.graph).toContain("trim=start_frame=72");
    expect(r.expectedDurationMs).toBeNull();
  });
});

describe("groupSegments", () => {
  const seg = (startMs: number, inMs: number, outMs: number): MediaSegment => ({
    source: "main",
    sourceInMs: inMs,
    sourceOutMs: outMs,
    startMs,
    durationMs: outMs - inMs,
    speed: 1,
    volume: 1,
    loop: false,
    fadeInMs: 0,
    fadeOutMs: 0,
  });

  it("never groups a segment that runs backwards in the source", () => {
    const g = groupSegments([seg(0, 5000, 6000), seg(1000, 1000, 2000)]);
    expect(g).toHaveLength(2);
  });

  it("bounds the inputs of a long list of far-apart segments", () => {
    const segs = Array.from({ length: 40 }, (_, i) =>
      seg(i * 500, i * (MERGE_GAP_MS + 1500), i * (MERGE_GAP_MS + 1500) + 500),
    );
    expect(groupSegments(segs).length).toBe(12);
  });
});

describe("fpsFraction", () => {
  it("writes NTSC and odd rates as exact fractions", () => {
    expect(fpsFraction(30)).toBe("30");
    expect(fpsFraction(29.97)).toBe("30000/1001");
    expect(fpsFraction(23.976)).toBe("24000/1001");
    expect(fpsFraction(29.833)).toBe("179/6");
  });
});
