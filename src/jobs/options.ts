import { z } from "zod";
import { PresetSchema } from "../plan/schema.js";
import { OutputShorthandSchema } from "../plan/merge.js";
import { WebhookTargetSchema } from "../webhooks/schema.js";
import { EngineSchema } from "./record.js";

/** Caller's own data, echoed on jobs and webhooks; small, since it is copied into each. */
export const MetadataSchema = z
  .record(z.string(), z.unknown())
  .refine((m) => JSON.stringify(m).length <= 4096, { message: "metadata may hold at most 4 KB of JSON" });

/** Options a job request may carry, in multipart `options` or at the top level of a JSON body. */
export const JobOptionsSchema = z
  .object({
    preset: PresetSchema.optional(),
    output: OutputShorthandSchema.optional().describe(
      'Output settings (a partial EditPlan output) or just a format, e.g. "gif"',
    ),
    plan: z
      .record(z.string(), z.unknown())
      .optional()
      .describe("An EditPlan (PRODUCT.md §2); fields given win over the interpreted instruction"),
    engine: EngineSchema.optional(),
    webhook: WebhookTargetSchema.optional(),
    metadata: MetadataSchema.optional(),
  })
  .strict();
export type JobOptions = z.infer<typeof JobOptionsSchema>;

export const CreateJobJsonSchema = JobOptionsSchema.extend({
  source: z
    .union([
      z.object({ url: z.string().min(1).max(4096) }).strict(),
      z.object({ uploadId: z.string().min(1).max(64) }).strict(),
    ])
    .describe("A URL the worker downloads (through the SSRF guard), or an upload made with POST /v1/uploads"),
  instruction: z.string().optional(),
  options: JobOptionsSchema.optional(),
}).strict();
export type CreateJobJson = z.infer<typeof CreateJobJsonSchema>;
