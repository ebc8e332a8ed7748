import { UnrecoverableError, type Job } from "bullmq";
import type { Context } from "../context.js";
import { toJobView } from "../jobs/view.js";
import { WebhookJobDataSchema, type WebhookJobData } from "../jobs/queues.js";
import { guardedRequest } from "../shared/ssrf.js";
import { webhookHeaders } from "./signature.js";

/**
 * Delivers one job event to the job's webhook: Standard Webhooks signed, through the SSRF guard
 * (checked at delivery time: DNS can change), redirects not followed, 15 s timeout. Each attempt
 * is recorded on the job. A non-2xx answer or a timeout throws so BullMQ retries on the schedule;
 * 410 Gone means the receiver asked us to stop.
 */
export function createWebhookProcessor(ctx: Context) {
  return async function processWebhook(job: Job<WebhookJobData>): Promise<void> {
    const data = WebhookJobDataSchema.parse(job.data);
    const rec = await ctx.store.get(data.jobId);
    if (!rec?.webhook) return;
    const log = ctx.log.child({ jobId: rec.id, webhookId: data.webhookId });
    // The secret was made (and shown to the tenant) when the job or session named the webhook; one
    // made here would sign events nobody can verify.
    const secret = await ctx.secrets.get(rec.tenant);
    if (!secret) {
      await ctx.store.patch(rec.id, [], { webhookStatus: "failed" });
      throw new UnrecoverableError("the tenant has no webhook signing secret");
    }
    // The body is the job as GET shows it now; the event's own timestamp stays that of the event.
    const body = JSON.stringify({ type: data.event, timestamp: data.timestamp, data: toJobView(rec, ctx.baseUrl) });
    const sentAt = new Date();
    const started = Date.now();
    let statusCode: number | null = null;
    let error: string | null = null;
    try {
      const res = await guardedRequest(rec.webhook.url, {
        policy: ctx.urlPolicy,
        method: "POST",
        // A fresh timestamp per attempt: receivers reject signatures older than a few minutes.
        headers: webhookHeaders(secret, data.webhookId, Math.floor(sentAt.getTime() / 1000), body),
        body,
        maxRedirects: 0,
        timeoutMs: ctx.cfg.WEBHOOK_TIMEOUT_MS,
      });
      statusCode = res.statusCode;
      await res.body.dump().catch(() => {});
      if (statusCode < 200 || statusCode >= 300) error = `receiver answered HTTP ${statusCode}`;
    } catch (err) {
      error = err instanceof Error ? err.message : String(err);
    }
    await ctx.store.addDelivery(rec.id, {
      attempt: rec.deliveries.filter((d) => d.webhookId === data.webhookId).length + 1,
      event: data.event,
      webhookId: data.webhookId,
      at: sentAt.toISOString(),
      statusCode,
      durationMs: Date.now() - started,
      ok: error === null,
      error,
    });
    if (error === null) {
      await ctx.store.patch(rec.id, [], { webhookStatus: "delivered" });
      log.info({ event: data.event, statusCode }, "webhook delivered");
      return;
    }
    const gone = statusCode === 410;
    const lastAttempt = job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
    if (gone || lastAttempt) {
      await ctx.store.patch(rec.id, [], { webhookStatus: "failed" });
      log.warn(
        { event: data.event, statusCode, error },
        gone ? "webhook receiver answered 410 Gone; not retrying" : "webhook delivery gave up after the last attempt",
      );
      throw new UnrecoverableError(error);
    }
    log.info(
      { event: data.event, statusCode, error, attempt: job.attemptsMade + 1 },
      "webhook delivery failed; will retry",
    );
    throw new Error(error);
  };
}
