import type { Redis } from "ioredis";
import { z } from "zod";
import { MediaInfoSchema } from "./probe.js";
import { isId } from "../shared/ids.js";

/** A file uploaded on its own (POST /v1/uploads), to be named by jobs as `source: {uploadId}`. */
export const UploadRecordSchema = z.object({
  id: z.string(),
  tenant: z.string(),
  filename: z.string(),
  sizeBytes: z.number().int(),
  info: MediaInfoSchema,
  createdAt: z.string(),
  expiresAt: z.string(),
});
export type UploadRecord = z.infer<typeof UploadRecordSchema>;

export class UploadStore {
  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
    readonly retentionMs: number,
  ) {}

  private key(id: string) {
    return `${this.prefix}:upload:${id}`;
  }

  async save(rec: UploadRecord): Promise<void> {
    await this.redis.set(this.key(rec.id), JSON.stringify(UploadRecordSchema.parse(rec)), "PX", this.retentionMs);
  }

  /** The upload if it exists and belongs to `tenant`; another tenant's is indistinguishable from none. */
  async get(tenant: string, id: string): Promise<UploadRecord | null> {
    if (!isId(id, "upl")) return null;
    const raw = await this.redis.get(this.key(id));
    if (!raw) return null;
    const rec = UploadRecordSchema.parse(JSON.parse(raw));
    return rec.tenant === tenant ? rec : null;
  }

  async exists(id: string): Promise<boolean> {
    return (await this.redis.exists(this.key(id))) === 1;
  }
}
