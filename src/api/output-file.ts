import fs from "node:fs";
import type { FastifyReply } from "fastify";
import { AppError } from "../shared/errors.js";

const CONTENT_TYPES: Record<string, string> = {
  mp4: "video/mp4",
  mov: "video/quicktime",
  webm: "video/webm",
  gif: "image/gif",
  mp3: "audio/mpeg",
  wav: "audio/wav",
  m4a: "audio/mp4",
  aac: "audio/aac",
  jpg: "image/jpeg",
  png: "image/png",
};

/** Parses a single `bytes=` range (RFC 9110 §14.2); multi-range requests get the whole file. */
export function parseRange(
  header: string | undefined,
  size: number,
): { start: number; end: number } | "unsatisfiable" | null {
  if (!header) return null;
  const m = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!m) return null;
  const [, a, b] = m;
  if (a === "" && b === "") return null;
  let start: number;
  let end: number;
  if (a === "") {
    const suffix = Number(b);
    if (suffix === 0) return "unsatisfiable";
    start = Math.max(0, size - suffix);
    end = size - 1;
  } else {
    start = Number(a);
    end = b === "" ? size - 1 : Math.min(Number(b), size - 1);
  }
  if (start >= size || start > end) return "unsatisfiable";
  return { start, end };
}

/** Sends a stored output with Range support and a download filename. */
export async function sendFile(
  reply: FastifyReply,
  file: string,
  opts: { format: string; downloadName: string; range: string | undefined },
): Promise<FastifyReply> {
  let stat: fs.Stats;
  try {
    stat = await fs.promises.stat(file);
  } catch {
    throw new AppError("not_found", "The output file is no longer stored.");
  }
  const size = stat.size;
  const etag = `"${size.toString(16)}-${Math.floor(stat.mtimeMs).toString(16)}"`;
  reply
    .header("accept-ranges", "bytes")
    .header("etag", etag)
    .header("last-modified", stat.mtime.toUTCString())
    .header("content-type", CONTENT_TYPES[opts.format] ?? "application/octet-stream")
    .header(
      "content-disposition",
      `attachment; filename="${opts.downloadName.replace(/[^\w.\- ]/g, "_")}"; ` +
        `filename*=UTF-8''${encodeURIComponent(opts.downloadName)}`,
    );
  const range = parseRange(opts.range, size);
  if (range === "unsatisfiable") {
    return reply.code(416).header("content-range", `bytes */${size}`).send();
  }
  if (range) {
    reply
      .code(206)
      .header("content-range", `bytes ${range.start}-${range.end}/${size}`)
      .header("content-length", range.end - range.start + 1);
    return reply.send(fs.createReadStream(file, { start: range.start, end: range.end }));
  }
  reply.header("content-length", size);
  return reply.send(fs.createReadStream(file));
}
