import type { Context } from "../context.js";
import { isId } from "../shared/ids.js";

/** Folders younger than this may belong to a job the API is still creating (files before record). */
const CREATION_GRACE_MS = 15 * 60_000;

/**
 * Removes media whose record is gone — jobs and standalone uploads (records expire
 * JOB_RETENTION_HOURS after the job ends),
 * so disk use follows retention without a timer in any one process.
 */
export async function sweepStorage(ctx: Context, now = Date.now()): Promise<{ removed: string[] }> {
  const removed: string[] = [];
  for (const dir of await ctx.storage.listJobDirs()) {
    if (now - dir.mtimeMs < CREATION_GRACE_MS) continue;
    if (!isId(dir.jobId, "job")) continue;
    if (await ctx.store.exists(dir.jobId)) continue;
    await ctx.storage.removeJob(dir.jobId);
    removed.push(dir.jobId);
  }
  for (const up of await ctx.storage.listUploads()) {
    if (now - up.mtimeMs < CREATION_GRACE_MS || (await ctx.uploads.exists(up.id))) continue;
    await ctx.storage.removeUpload(up.id);
    removed.push(up.id);
  }
  if (removed.length) ctx.log.info({ removed: removed.length }, "swept media of expired jobs and uploads");
  return { removed };
}
