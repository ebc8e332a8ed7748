import fs from "node:fs";
import fsp from "node:fs/promises";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import { Transform, type Readable } from "node:stream";
import { createHash } from "node:crypto";
import { FileTooLargeError } from "../shared/errors.js";
import { isId } from "../shared/ids.js";

/**
 * Local-disk media storage. Every media file the service touches lives under one root, in a folder
 * per job, and is written to a temp name then renamed: a crash or a retry never leaves a half file
 * under a final name. Nothing else in the code builds storage paths.
 */
export class Storage {
  readonly root: string;

  constructor(root: string) {
    this.root = path.resolve(root);
  }

  jobDir(jobId: string): string {
    // Ids are validated where they enter; this guards against a bug turning one into a path.
    if (!isId(jobId, "job")) throw new Error(`invalid job id for storage: ${jobId}`);
    return path.join(this.root, "jobs", jobId);
  }

  sourcePath(jobId: string, name = "source"): string {
    return path.join(this.jobDir(jobId), name);
  }

  outputPath(jobId: string, ext: string): string {
    return path.join(this.jobDir(jobId), `output.${ext}`);
  }

  uploadPath(uploadId: string): string {
    if (!isId(uploadId, "upl")) throw new Error(`invalid upload id for storage: ${uploadId}`);
    return path.join(this.root, "uploads", uploadId);
  }

  async removeUpload(uploadId: string): Promise<void> {
    await fsp.rm(this.uploadPath(uploadId), { force: true });
  }

  /** Ids of stored uploads with their last change (for the sweep). */
  async listUploads(): Promise<Array<{ id: string; mtimeMs: number }>> {
    const dir = path.join(this.root, "uploads");
    const names = await fsp.readdir(dir).catch(() => [] as string[]);
    const out: Array<{ id: string; mtimeMs: number }> = [];
    for (const name of names) {
      const st = await fsp.stat(path.join(dir, name)).catch(() => null);
      if (st?.isFile() && isId(name, "upl")) out.push({ id: name, mtimeMs: st.mtimeMs });
    }
    return out;
  }

  /**
   * Puts a stored upload into a job's folder as its source: a hard link (no copy, and the job keeps
   * its file when the upload expires), or a copy across file systems.
   */
  async linkUploadToJob(uploadId: string, jobId: string): Promise<void> {
    await this.ensureJobDir(jobId);
    const dest = this.sourcePath(jobId);
    await fsp.link(this.uploadPath(uploadId), dest).catch(async (err: NodeJS.ErrnoException) => {
      if (err.code !== "EXDEV") throw err;
      await fsp.copyFile(this.uploadPath(uploadId), dest);
    });
  }

  sessionDir(sessionId: string): string {
    if (!isId(sessionId, "ses")) throw new Error(`invalid session id for storage: ${sessionId}`);
    return path.join(this.root, "sessions", sessionId);
  }

  sessionSourcePath(sessionId: string, sourceId: string): string {
    if (!/^src_\d{1,4}$/.test(sourceId)) throw new Error(`invalid source id for storage: ${sourceId}`);
    return path.join(this.sessionDir(sessionId), sourceId);
  }

  async removeSession(sessionId: string): Promise<void> {
    await fsp.rm(this.sessionDir(sessionId), { recursive: true, force: true });
  }

  async ensureJobDir(jobId: string): Promise<string> {
    const dir = this.jobDir(jobId);
    await fsp.mkdir(dir, { recursive: true });
    return dir;
  }

  async removeJob(jobId: string): Promise<void> {
    await fsp.rm(this.jobDir(jobId), { recursive: true, force: true });
  }

  /**
   * Deletes what a dead worker left behind — temp files (`.*.part*`) and the engine's work folders
   * (`.promptcut-*`) — so a retry starts clean and only final outputs remain.
   */
  async removePartials(jobId: string): Promise<void> {
    const dir = this.jobDir(jobId);
    let names: string[] = [];
    try {
      names = await fsp.readdir(dir);
    } catch {
      return;
    }
    const leftovers = names.filter((n) => n.startsWith(".promptcut-") || (n.startsWith(".") && n.includes(".part")));
    await Promise.all(leftovers.map((n) => fsp.rm(path.join(dir, n), { recursive: true, force: true })));
  }

  /** Ids of every job folder on disk, with the folder's last change. */
  async listJobDirs(): Promise<Array<{ jobId: string; mtimeMs: number }>> {
    const root = path.join(this.root, "jobs");
    let names: string[] = [];
    try {
      names = await fsp.readdir(root);
    } catch {
      return [];
    }
    const out: Array<{ jobId: string; mtimeMs: number }> = [];
    for (const name of names) {
      const st = await fsp.stat(path.join(root, name)).catch(() => null);
      if (st?.isDirectory()) out.push({ jobId: name, mtimeMs: st.mtimeMs });
    }
    return out;
  }

  /** Output files present for a job (the final ones, not temp files). */
  async listOutputs(jobId: string): Promise<string[]> {
    try {
      return (await fsp.readdir(this.jobDir(jobId))).filter((n) => n.startsWith("output."));
    } catch {
      return [];
    }
  }

  /** Writable check for /readyz: create and remove a probe file. */
  async checkWritable(): Promise<void> {
    await fsp.mkdir(this.root, { recursive: true });
    const probe = path.join(this.root, `.ready-${process.pid}-${Date.now()}`);
    await fsp.writeFile(probe, "ok");
    await fsp.rm(probe, { force: true });
  }

  /**
   * Streams `input` to `dest` through a temp file, cutting it at `maxBytes`. On any failure the
   * temp file is removed and nothing appears at `dest`. Returns the size and SHA-256 of the content.
   */
  async writeStream(
    input: Readable,
    dest: string,
    maxBytes: number,
    signal?: AbortSignal,
  ): Promise<{ bytes: number; sha256: string }> {
    await fsp.mkdir(path.dirname(dest), { recursive: true });
    const tmp = tempName(dest);
    let bytes = 0;
    const hash = createHash("sha256");
    const limiter = new Transform({
      transform(chunk: Buffer, _enc, cb) {
        bytes += chunk.length;
        hash.update(chunk);
        if (bytes > maxBytes) cb(new FileTooLargeError(maxBytes));
        else cb(null, chunk);
      },
    });
    try {
      await pipeline(input, limiter, fs.createWriteStream(tmp, { flags: "wx" }), { signal });
      await fsp.rename(tmp, dest);
      return { bytes, sha256: hash.digest("hex") };
    } catch (err) {
      await fsp.rm(tmp, { force: true });
      throw err;
    }
  }
}

export function tempName(dest: string): string {
  return path.join(
    path.dirname(dest),
    `.${path.basename(dest)}.${process.pid}.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}.part`,
  );
}
