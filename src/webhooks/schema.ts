import { z } from "zod";

/** Where a job's or session's final events go (PRODUCT.md §5); the URL passes the SSRF guard at delivery. */
export const WebhookTargetSchema = z
  .object({
    url: z.string().url().describe("Receiver URL (https in production); checked by the SSRF guard at every delivery"),
  })
  .strict();
export type WebhookTarget = z.infer<typeof WebhookTargetSchema>;

export const WebhookStatusSchema = z.enum(["pending", "delivered", "failed"]);

/** One delivery attempt, as recorded on the job. */
export const WebhookDeliverySchema = z.object({
  attempt: z.number().int().min(1),
  event: z.string(),
  webhookId: z.string(),
  at: z.string(),
  statusCode: z.number().int().nullable(),
  durationMs: z.number().int(),
  ok: z.boolean(),
  error: z.string().nullable(),
});
export type WebhookDelivery = z.infer<typeof WebhookDeliverySchema>;
