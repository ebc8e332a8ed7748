import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const FIXTURES = path.join(ROOT, "test/.fixtures");
export const SHARED_MEDIA = path.resolve(ROOT, "../shared/media");

export const media = (name: string) => path.join(SHARED_MEDIA, name);
export const fixture = (name: string) => path.join(FIXTURES, name);

/** A clip from lavfi test sources: the video (and audio) source encoded with x264 ultrafast + AAC. */
function lavfiClip(video: string, audio: string | null, x264: string[] = ["-pix_fmt", "yuv420p"]): string[] {
  return [
    "-f",
    "lavfi",
    "-i",
    video,
    ...(audio ? ["-f", "lavfi", "-i", audio] : []),
    "-c:v",
    "libx264",
    "-preset",
    "ultrafast",
    ...x264,
    ...(audio ? ["-c:a", "aac", "-shortest"] : []),
  ];
}

const sine = (seconds: number, rate = 48000) => `sine=frequency=440:sample_rate=${rate}:duration=${seconds}`;

/**
 * Small clips made from ffmpeg's test sources, so most render tests take well under a second.
 * Each entry is the ffmpeg argument list after `-y`; the output path is appended. Add new fixtures
 * here; they are built once per test run by the global setup, and rebuilt when the recipe changes.
 * Entries are built in order, so a recipe may read a fixture declared before it.
 */
export const FIXTURE_RECIPES: Record<string, string[]> = {
  // 426x240, 2 s, 30 fps, tone: the everyday render input.
  "clip_240p_2s.mp4": lavfiClip("testsrc2=size=426x240:rate=30:duration=2", sine(2)),
  // Longer clip so a render runs long enough to be canceled or killed midway.
  "clip_240p_20s.mp4": lavfiClip("testsrc2=size=426x240:rate=30:duration=20", sine(20)),
  // Portrait phone clip stored landscape with rotation metadata (as iPhones write it). ffmpeg 5.1
  // writes the display matrix only when stream-copying, so the clip is encoded first, then remuxed.
  "rotated_90_base.mp4": lavfiClip("testsrc2=size=320x240:rate=30:duration=2", sine(2, 44100)),
  "rotated_90.mp4": ["-i", fixture("rotated_90_base.mp4"), "-c", "copy", "-metadata:s:v:0", "rotate=90"],
  "noaudio_2s.mp4": lavfiClip("testsrc2=size=320x240:rate=25:duration=2", null),
  "tone_3s.wav": ["-f", "lavfi", "-i", "sine=frequency=330:sample_rate=44100:duration=3"],
  // "Speech" with pauses: a tone for 1.2 s, then 0.8 s of -50 dB noise, three times (pause trimming).
  "bursts_6s.mp4": lavfiClip(
    "testsrc2=size=426x240:rate=30:duration=6",
    "aevalsrc='0.5*sin(2*PI*440*t)*lt(mod(t,2),1.2)+0.004*(random(0)*2-1)':s=48000:d=6",
  ),
  // A white flash and a beep together at the start of every second: sync is checkable after cuts.
  "flash_beep_6s.mp4": lavfiClip(
    "color=c=black:s=320x240:r=30:d=6,geq=lum='if(lt(mod(T,1),0.03),235,16)':cb=128:cr=128",
    "aevalsrc='0.7*sin(2*PI*1000*t)*lt(mod(t,1),0.05)':s=48000:d=6",
    ["-pix_fmt", "yuv420p", "-g", "200"],
  ),
  // A phone-style HDR10 clip: 10-bit, BT.2020 primaries, PQ transfer; then upside down, with GPS.
  "hdr10_base_2s.mp4": lavfiClip("testsrc2=size=426x240:rate=30:duration=2", sine(2), [
    "-pix_fmt",
    "yuv420p10le",
    "-color_primaries",
    "bt2020",
    "-color_trc",
    "smpte2084",
    "-colorspace",
    "bt2020nc",
  ]),
  "hdr10_rot180_2s.mp4": [
    "-i",
    fixture("hdr10_base_2s.mp4"),
    "-c",
    "copy",
    "-metadata",
    "location=+40.7128-074.0060/",
    "-metadata:s:v:0",
    "rotate=180",
  ],
  // Variable frame rate: frames dropped irregularly, timestamps kept (like a phone in low light).
  "vfr_2s.mp4": lavfiClip(
    "testsrc2=size=320x240:rate=30:duration=2,select='not(mod(n\\,3))+eq(mod(n\\,7)\\,1)'",
    sine(2),
    ["-pix_fmt", "yuv420p", "-vsync", "vfr"],
  ),
  "still.png": ["-f", "lavfi", "-i", "testsrc2=size=320x240", "-frames:v", "1"],
  // One saturated colour: a wrong YUV matrix anywhere on the way shows as a shifted pixel.
  "green.png": ["-f", "lavfi", "-i", "color=c=0x20C040:s=64x64", "-frames:v", "1"],
};

export function buildFixtures(ffmpeg = "ffmpeg"): void {
  fs.mkdirSync(FIXTURES, { recursive: true });
  for (const [name, recipe] of Object.entries(FIXTURE_RECIPES)) {
    const out = fixture(name);
    const stamp = `${out}.recipe`;
    const want = JSON.stringify(recipe);
    if (fs.existsSync(out) && fs.existsSync(stamp) && fs.readFileSync(stamp, "utf8") === want) continue;
    execFileSync(ffmpeg, ["-v", "error", "-y", ...recipe, out], { stdio: ["ignore", "ignore", "inherit"] });
    fs.writeFileSync(stamp, want);
  }
  // Not media at all, but named like it: must be judged by content.
  const junk = fixture("random_bytes.mp4");
  if (!fs.existsSync(junk))
    fs.writeFileSync(junk, Buffer.from(Array.from({ length: 65536 }, (_, i) => (i * 7919 + 13) % 251)));
  const empty = fixture("empty.mp4");
  if (!fs.existsSync(empty)) fs.writeFileSync(empty, "");
}
