import type { MediaInfo } from "../../media/probe.js";
import type { MediaSegment, Timeline } from "../../timeline/schema.js";
import { frames, retime, sec, type FilterGraph, type Ref } from "./graph.js";
import type { ClipSource } from "./inputs.js";

type VideoInfo = NonNullable<MediaInfo["video"]>;

const even = (n: number) => Math.max(2, Math.round(n / 2) * 2);

/**
 * One segment's picture: its span, its speed, a constant rate from 0, and exactly the frame count
 * of its Timeline duration. fps `start_time=0` repeats the first frame if the source's first frame
 * comes late; tpad repeats the last one if a variable-rate source ends early. Both keep picture and
 * sound in step, segment by segment.
 */
export function segmentVideo(g: FilterGraph, seg: MediaSegment, clip: ClipSource, fps: string, fpsNum: number): Ref {
  const v = clip.info.video as VideoInfo;
  const src = g.input(clip.input, v.index, "v");
  const w = clip.within;
  return g.pipe(src, [
    w ? `trim=start=${sec(w.startMs)}:end=${sec(w.endMs)}` : "",
    retime(w?.startMs ?? 0, seg.speed, false),
    `fps=${fps}:start_time=0`,
    "tpad=stop=-1:stop_mode=clone",
    `trim=end_frame=${frames(seg.durationMs, fpsNum)}`,
  ]);
}

/** SD video is BT.601 unless it says otherwise; our output is always tagged BT.709. */
function matrixOf(v: VideoInfo): "bt709" | "bt601" | null {
  const cs = v.colorSpace ?? null;
  if (cs === "bt709") return "bt709";
  if (cs === "bt470bg" || cs === "smpte170m" || cs === "fcc") return "bt601";
  if (cs && cs !== "unknown") return null;
  return Math.min(v.codedWidth, v.codedHeight) < 720 ? "bt601" : "bt709";
}

/**
 * HDR (PQ/HLG) → SDR BT.709 through linear light with the Hable curve, which keeps highlights
 * instead of clipping them. zscale and tonemap are in Debian's ffmpeg.
 */
const HDR_TO_SDR = [
  "zscale=t=linear:npl=100",
  "format=gbrpf32le",
  "zscale=p=bt709",
  "tonemap=tonemap=hable:desat=0",
  "zscale=t=bt709:m=bt709:r=tv",
  "format=yuv420p",
];

/**
 * The source's picture → the output frame: HDR tone-mapped, colours to BT.709 limited range,
 * scaled by crop / pad / blur to exactly W×H with square pixels, 8-bit 4:2:0. Sizes are computed
 * from the displayed size (rotation and pixel aspect applied), so anamorphic sources come out right.
 */
export function fitFrame(g: FilterGraph, ref: Ref, v: VideoInfo | null, timeline: Timeline, toneMapping = true): Ref {
  const W = timeline.width;
  const H = timeline.height;
  // What reaches the graph: ffmpeg has already applied the rotation.
  const inW = v ? (v.rotation % 180 === 0 ? v.codedWidth : v.codedHeight) : W;
  const inH = v ? (v.rotation % 180 === 0 ? v.codedHeight : v.codedWidth) : H;
  const dispW = v?.width ?? W;
  const dispH = v?.height ?? H;

  const pre: string[] = [];
  let colour = "";
  if (v?.hdr && toneMapping) pre.push(...HDR_TO_SDR);
  else if (v?.hdr) {
    // Without zimg: at least the right matrix, so colours keep their hue; brightness stays flat.
    colour = ":in_color_matrix=bt2020:out_color_matrix=bt709:out_range=tv";
  } else if (v) {
    const pix = v.pixFmt ?? "";
    if (/^(rgb|bgr|argb|abgr|gbr|pal|gray|ya|monob|monow)/.test(pix)) {
      // Stills are RGB: convert with the matrix our output is tagged with, into limited range.
      colour = ":out_color_matrix=bt709:out_range=tv";
    } else {
      if (matrixOf(v) === "bt601") colour += ":in_color_matrix=bt601:out_color_matrix=bt709";
      if (v.colorRange === "pc" || pix.startsWith("yuvj")) colour += ":in_range=pc:out_range=tv";
    }
  }
  const scale = (w: number, h: number) =>
    w === inW && h === inH && !colour ? "" : `scale=${w}:${h}${colour}:flags=bicubic`;

  const cover = Math.max(W / dispW, H / dispH);
  const coverW = Math.max(W, even(dispW * cover));
  const coverH = Math.max(H, even(dispH * cover));
  const contain = Math.min(W / dispW, H / dispH);
  const fitW = Math.min(W, even(dispW * contain));
  const fitH = Math.min(H, even(dispH * contain));
  const bg = `0x${timeline.background.slice(1)}`;
  const crop = (w: number, h: number) => (w === W && h === H ? "" : `crop=${W}:${H}:${(w - W) / 2}:${(h - H) / 2}`);

  const input = g.pipe(ref, pre);
  const sameAspect = fitW === W && fitH === H;
  if (timeline.fit === "crop" || sameAspect) {
    return g.pipe(input, [scale(coverW, coverH), crop(coverW, coverH), "setsar=1", "format=yuv420p"]);
  }
  if (timeline.fit === "pad") {
    return g.pipe(input, [
      scale(fitW, fitH),
      "setsar=1",
      `pad=${W}:${H}:${(W - fitW) / 2}:${(H - fitH) / 2}:color=${bg}`,
      "format=yuv420p",
    ]);
  }
  // Blur: the same picture, covered, blurred and dimmed behind the contained one. The blur runs
  // on an eighth-size copy: a wide blur at 1080×1920 would cost more than the encode.
  const smallW = even(W / 8);
  const smallH = even(H / 8);
  const back = g.pipe(input, [
    `scale=${even(smallW * (coverW / W))}:${even(smallH * (coverH / H))}${colour}`,
    `crop=${smallW}:${smallH}`,
    "boxblur=luma_radius=8:luma_power=2",
    "eq=brightness=-0.08",
    `scale=${W}:${H}:flags=bilinear`,
    "setsar=1",
    "format=yuv420p",
  ]);
  const front = g.pipe(input, [scale(fitW, fitH), "setsar=1", "format=yuv420p"]);
  const [out] = g.chain([back, front], `overlay=${(W - fitW) / 2}:${(H - fitH) / 2}:format=auto`, ["v"]);
  return out as Ref;
}

/** The picture for a sound-only source: the background colour with the sound's waveform across the middle. */
export function waveformFrame(g: FilterGraph, audio: Ref, timeline: Timeline, fps: string, fpsNum: number): Ref {
  const W = timeline.width;
  const H = timeline.height;
  const waveH = even(H / 4);
  const bg = g.source(`color=c=0x${timeline.background.slice(1)}:s=${W}x${H}:r=${fps}`, "v");
  const wave = g.pipe(audio, [`showwaves=s=${W}x${waveH}:mode=cline:rate=${fps}:colors=0xF2F2F2:scale=sqrt:draw=full`]);
  // The background never ends; the trim below ends the picture at the Timeline's last frame.
  const [out] = g.chain([bg, wave], `overlay=0:${(H - waveH) / 2}:format=auto`, ["v"]);
  return g.pipe(out as Ref, ["setsar=1", "format=yuv420p", `trim=end_frame=${frames(timeline.durationMs, fpsNum)}`]);
}

/** Fades of the whole output to and from black. */
export function videoFades(timeline: Timeline): string[] {
  const { inMs, outMs } = timeline.fade;
  return [
    inMs > 0 ? `fade=t=in:st=0:d=${sec(inMs)}` : "",
    outMs > 0 ? `fade=t=out:st=${sec(timeline.durationMs - outMs)}:d=${sec(outMs)}` : "",
  ].filter(Boolean);
}
