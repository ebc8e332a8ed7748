import type { Context } from "../context.js";
import { AppError, FileTooLargeError, isAppError } from "../shared/errors.js";
import { guardedRequest } from "../shared/ssrf.js";

/**
 * Fetches a URL source into storage through the SSRF guard: every hop re-checked, a size cap
 * enforced while streaming (a lying Content-Length changes nothing), a timeout on silence.
 */
export async function downloadSource(ctx: Context, url: string, dest: string, signal?: AbortSignal): Promise<number> {
  const maxBytes = Math.round(ctx.cfg.MAX_DOWNLOAD_MB * 1024 * 1024);
  try {
    const res = await guardedRequest(url, {
      policy: ctx.urlPolicy,
      timeoutMs: ctx.cfg.DOWNLOAD_TIMEOUT_MS,
      maxRedirects: 5,
      signal,
    });
    if (res.statusCode !== 200) {
      await res.body.dump().catch(() => {});
      throw new AppError(
        "source_unreachable",
        `The source URL answered HTTP ${res.statusCode}; it must answer 200 with the media file.`,
        {
          extra: { statusCode: res.statusCode },
        },
      );
    }
    const declared = Number(res.headers["content-length"] ?? NaN);
    if (Number.isFinite(declared) && declared > maxBytes) {
      res.body.destroy();
      throw new FileTooLargeError(maxBytes);
    }
    return (await ctx.storage.writeStream(res.body, dest, maxBytes, signal)).bytes;
  } catch (err) {
    if (isAppError(err)) throw err;
    if (signal?.aborted) throw err;
    const msg = err instanceof Error ? err.message : String(err);
    throw new AppError("source_unreachable", `The source URL could not be downloaded: ${msg}.`, { cause: err });
  }
}
