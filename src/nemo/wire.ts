import { z } from "zod";

/**
 * What NemoVideo answers, as NEMO.md documents it. Schemas are loose (unknown keys kept, optional
 * fields nullish) because the API is not ours: we read what is known and tolerate the rest.
 */

const num = z.coerce.number();
const optNum = z
  .union([
    z.number(),
    z
      .string()
      .regex(/^-?\d+(\.\d+)?$/)
      .transform(Number),
  ])
  .nullish()
  .transform((v) => v ?? null);
const optStr = z
  .string()
  .nullish()
  .transform((v) => v ?? null);

/** `{"code":0,"message":"","data":{…}}` — business endpoints. */
export const BusinessEnvelopeSchema = z.looseObject({
  code: num,
  message: z.string().nullish(),
  data: z.unknown().optional(),
});

/** `{"success":true,"data":{…}}` / `{"success":false,"error":"…"}` — render-proxy endpoints. */
export const ProxyEnvelopeSchema = z.looseObject({
  success: z.boolean(),
  data: z.unknown().optional(),
  error: z.string().nullish(),
});

/** `expires_at` is an ISO date or epoch seconds/ms depending on the source; accept each. */
const expiresAt = z
  .union([z.string(), z.number()])
  .nullish()
  .transform((v) => {
    if (v === null || v === undefined) return null;
    if (typeof v === "number") return v < 1e12 ? v * 1000 : v;
    const n = Date.parse(v);
    return Number.isFinite(n) ? n : null;
  });

export const TokenDataSchema = z.looseObject({
  token: z.string().min(1),
  user_id: optStr,
  expires_at: expiresAt,
  credits: optNum,
});

/**
 * NEMO.md: session ids are 19-digit strings. A 19-digit JSON *number* would already have lost
 * precision in JSON.parse, so only strings are trusted.
 */
export const SessionDataSchema = z.looseObject({
  task_id: z.string().min(1),
  session_id: z.string().regex(/^\d+$/, "session_id must be a digit string"),
  user_id: optStr,
});

export const UploadedFileSchema = z.looseObject({
  filename: z.string(),
  file_type: optStr,
  cdn_url: optStr,
  /** Seconds (NEMO.md). */
  duration: optNum,
  width: optNum,
  height: optNum,
  fps: optNum,
  hash: optStr,
});

export const UploadDataSchema = z.looseObject({
  files: z.array(UploadedFileSchema),
  session_state_applied: z.boolean().nullish(),
});

export const CreditsDataSchema = z.looseObject({
  available: num,
  frozen: num.default(0),
  total: num.optional(),
});

export const StateDataSchema = z.looseObject({
  session_id: z.union([z.string(), z.number()]).nullish(),
  task_id: optStr,
  task_name: optStr,
  state: z
    .looseObject({
      draft: z.unknown().optional(),
      video_infos: z.unknown().optional(),
      generated_media: z.unknown().optional(),
      canvas_config: z.unknown().optional(),
      video_analyses: z.unknown().optional(),
    })
    .nullish(),
});

export const RENDER_STATUSES = ["pending", "processing", "completed", "failed", "canceled"] as const;
const renderStatus = z
  .string()
  .transform((s) => s.toLowerCase())
  .transform((s) =>
    s === "cancelled" ? "canceled" : s === "succeeded" || s === "success" || s === "done" ? "completed" : s,
  )
  .pipe(z.enum(RENDER_STATUSES));

export const ExportDataSchema = z.looseObject({
  id: z.string().min(1),
  status: renderStatus.default("pending"),
  progress: optNum,
});

/** ★ `{success, data:{id, status, progress, outputUrl, createdAt, completedAt}}`. */
export const RenderStatusStarSchema = z.object({
  success: z.literal(true),
  data: z.looseObject({
    id: optStr,
    status: renderStatus,
    progress: optNum,
    outputUrl: optStr,
    error: optStr,
    createdAt: z.unknown().optional(),
    completedAt: z.unknown().optional(),
  }),
});

/** The other source: top-level `{status, progress, output:{url,duration,size}}`. */
export const RenderStatusTopLevelSchema = z.looseObject({
  id: optStr,
  status: renderStatus,
  progress: optNum,
  output: z
    .looseObject({ url: optStr, duration: optNum, size: optNum })
    .nullish()
    .transform((v) => v ?? null),
  error: optStr,
});

export type TokenData = z.output<typeof TokenDataSchema>;
export type SessionData = z.output<typeof SessionDataSchema>;
export type UploadedFile = z.output<typeof UploadedFileSchema>;
export type UploadData = z.output<typeof UploadDataSchema>;
export type CreditsData = z.output<typeof CreditsDataSchema>;
export type StateData = z.output<typeof StateDataSchema>;
export type RenderStatusName = (typeof RENDER_STATUSES)[number];
