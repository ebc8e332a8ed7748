import fs from "node:fs/promises";
import { z } from "zod";
import type {} from "@fastify/multipart";
import { AppError, FileTooLargeError } from "../../shared/errors.js";
import { newId } from "../../shared/ids.js";
import { safeFilename } from "../../media/names.js";
import { probeMedia } from "../../media/probe.js";
import { MediaInfoSchema } from "../../media/probe.js";
import { problemResponse } from "../problem.js";
import { route, type AnyRoute } from "../route.js";

const UploadViewSchema = z.object({
  id: z.string(),
  filename: z.string(),
  sizeBytes: z.number().int(),
  kind: MediaInfoSchema.shape.kind,
  durationMs: z.number().int().nullable(),
  width: z.number().int().nullable(),
  height: z.number().int().nullable(),
  expiresAt: z.string(),
});

export const uploadRoutes: AnyRoute[] = [
  route({
    method: "POST",
    url: "/v1/uploads",
    operationId: "createUpload",
    summary: "Upload a clip once; name it in jobs as `source: {uploadId}` (kept UPLOAD_RETENTION_HOURS)",
    tag: "jobs",
    auth: true,
    body: {
      multipart: {
        file: { type: "file", description: "The clip: video, image or audio, judged by its content", required: true },
      },
    },
    responses: {
      201: { description: "The stored upload", schema: UploadViewSchema },
      413: problemResponse("file_too_large: nothing was kept"),
      415: problemResponse("unsupported_media"),
      422: problemResponse("invalid_request"),
    },
    handler: async (req, reply, deps) => {
      const { ctx } = deps;
      if (!req.isMultipart())
        throw new AppError("unsupported_content_type", 'Send the clip as multipart/form-data with a "file" part.');
      const id = newId("upl");
      const dest = ctx.storage.uploadPath(id);
      const maxBytes = Math.round(ctx.cfg.MAX_UPLOAD_MB * 1024 * 1024);
      try {
        let stored: { filename: string; bytes: number } | null = null;
        for await (const part of req.parts()) {
          if (part.type !== "file") continue;
          if (part.fieldname !== "file" || stored) {
            part.file.resume();
            throw new AppError("invalid_request", 'Send exactly one "file" part.');
          }
          const w = await ctx.storage.writeStream(part.file, dest, maxBytes);
          if ((part.file as { truncated?: boolean }).truncated) throw new FileTooLargeError(maxBytes);
          stored = { filename: safeFilename(part.filename), bytes: w.bytes };
        }
        if (!stored)
          throw new AppError("invalid_request", 'Attach the clip as the multipart file part "file".', {
            issues: [{ path: "file", message: "required" }],
          });
        const info = await probeMedia(dest, (await fs.stat(dest)).size, { ffprobePath: ctx.cfg.FFPROBE_PATH });
        const now = new Date();
        const rec = {
          id,
          tenant: req.tenant,
          filename: stored.filename,
          sizeBytes: stored.bytes,
          info,
          createdAt: now.toISOString(),
          expiresAt: new Date(now.getTime() + ctx.uploads.retentionMs).toISOString(),
        };
        await ctx.uploads.save(rec);
        return reply.code(201).send({
          id,
          filename: rec.filename,
          sizeBytes: rec.sizeBytes,
          kind: info.kind,
          durationMs: info.durationMs,
          width: info.video?.width ?? null,
          height: info.video?.height ?? null,
          expiresAt: rec.expiresAt,
        });
      } catch (err) {
        await ctx.storage.removeUpload(id);
        throw (err as { code?: string }).code === "FST_REQ_FILE_TOO_LARGE" ? new FileTooLargeError(maxBytes) : err;
      }
    },
  }),
];
