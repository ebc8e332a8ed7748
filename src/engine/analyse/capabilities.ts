import { execFile } from "../../shared/exec.js";

const cached = new Map<string, Promise<ReadonlySet<string>>>();

/** The filters this ffmpeg build has, asked once per binary. */
export function ffmpegFilters(ffmpegPath: string): Promise<ReadonlySet<string>> {
  let p = cached.get(ffmpegPath);
  if (!p) {
    p = execFile(ffmpegPath, ["-hide_banner", "-filters"], { timeoutMs: 10_000 })
      .then(
        (res) =>
          new Set(
            res.stdout
              .split("\n")
              .map((l) => /^\s*[.A-Z|]{3}\s+(\w+)\s/.exec(l)?.[1])
              .filter((n): n is string => !!n),
          ),
      )
      .catch(() => new Set<string>());
    cached.set(ffmpegPath, p);
  }
  return p;
}

/** HDR needs zscale (linear light, BT.2020 → BT.709) and tonemap; builds without zimg lack them. */
export async function canToneMap(ffmpegPath: string): Promise<boolean> {
  const filters = await ffmpegFilters(ffmpegPath);
  return filters.has("zscale") && filters.has("tonemap");
}
