/**
 * The containers we accept (PRODUCT.md §1), as ffmpeg names its demuxers, and what each holds.
 * ffmpeg and ffprobe are told to open nothing else (`-format_whitelist`), so an uploaded concat
 * list or playlist named clip.mp4 is refused before it is read. Pure.
 */
export const ACCEPTED_CONTAINERS: Readonly<Record<string, "video" | "audio" | "image" | "detect">> = {
  "mov,mp4,m4a,3gp,3g2,mj2": "detect",
  "matroska,webm": "detect",
  avi: "detect",
  mp3: "audio",
  wav: "audio",
  aac: "audio",
  ogg: "audio",
  flac: "audio",
  image2: "image",
  png_pipe: "image",
  jpeg_pipe: "image",
  webp_pipe: "image",
  gif: "image",
};

export const FORMAT_WHITELIST = Object.keys(ACCEPTED_CONTAINERS).join(",");

/** One input that can only be a local file we wrote, in a container we accept. */
export function localInput(path: string): string[] {
  return ["-protocol_whitelist", "file,pipe", "-format_whitelist", FORMAT_WHITELIST, "-i", `file:${path}`];
}
