import { z } from "zod";
import { problemResponse } from "../problem.js";
import { route, type AnyRoute } from "../route.js";

const CreditsSchema = z.object({
  local: z.object({ costs: z.literal("none"), note: z.string() }),
  nemo: z.object({ available: z.number(), frozen: z.number(), total: z.number(), url: z.string() }),
});

export const creditsRoutes: AnyRoute[] = [
  route({
    method: "GET",
    url: "/v1/credits",
    operationId: "getCredits",
    summary: "Credit balance of the nemo engine's NemoVideo account (local editing costs none)",
    description:
      "Credits sit in `frozen` while an agent turn runs; an edit turn costs about 50, exports are free (NEMO.md).",
    tag: "credits",
    auth: true,
    responses: {
      200: { description: "The balance", schema: CreditsSchema },
      429: problemResponse("rate_limited: NemoVideo asked us to wait"),
      502: problemResponse("upstream_error: NemoVideo could not be reached"),
    },
    handler: async (_req, _reply, deps) => {
      const nemo = await deps.nemoClient().credits();
      return {
        local: { costs: "none" as const, note: "Editing with the local engine costs no credits." },
        nemo: {
          available: nemo.available,
          frozen: nemo.frozen,
          total: nemo.total ?? nemo.available + nemo.frozen,
          url: deps.ctx.cfg.NEMO_API_URL,
        },
      };
    },
  }),
];
