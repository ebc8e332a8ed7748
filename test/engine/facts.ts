import type { MediaInfo } from "../../src/media/probe.js";

type Video = NonNullable<MediaInfo["video"]>;
type Audio = NonNullable<MediaInfo["audio"]>;

/** Probe facts for pure tests: a 1280×720 30 fps H.264 clip with AAC, unless told otherwise. */
export function videoInfo(
  o: { durationMs?: number; video?: Partial<Video>; audio?: Partial<Audio> | null } = {},
): MediaInfo {
  const video: Video = {
    index: 0,
    codec: "h264",
    profile: "High",
    codedWidth: 1280,
    codedHeight: 720,
    width: 1280,
    height: 720,
    rotation: 0,
    fps: 30,
    rFrameRate: 30,
    vfr: false,
    pixFmt: "yuv420p",
    bitDepth: 8,
    colorTransfer: null,
    colorPrimaries: null,
    colorRange: "tv",
    colorSpace: "bt709",
    hdr: false,
    frames: null,
    ...o.video,
  };
  const audio: Audio | null =
    o.audio === null ? null : { index: 1, codec: "aac", sampleRate: 48000, channels: 2, ...o.audio };
  return {
    kind: "video",
    container: "mov,mp4,m4a,3gp,3g2,mj2",
    durationMs: o.durationMs ?? 20_000,
    sizeBytes: 1000,
    video,
    audio,
    otherStreams: 0,
  };
}

export function audioInfo(durationMs = 11_000): MediaInfo {
  return {
    kind: "audio",
    container: "wav",
    durationMs,
    sizeBytes: 1000,
    video: null,
    audio: { index: 0, codec: "pcm_s16le", sampleRate: 16000, channels: 1 },
    otherStreams: 0,
  };
}

export function imageInfo(): MediaInfo {
  const v = videoInfo({
    video: {
      codec: "png",
      pixFmt: "rgb24",
      width: 640,
      height: 480,
      codedWidth: 640,
      codedHeight: 480,
      fps: 25,
      colorSpace: null,
    },
  }).video;
  return {
    kind: "image",
    container: "png_pipe",
    durationMs: null,
    sizeBytes: 1000,
    video: v,
    audio: null,
    otherStreams: 0,
  };
}
