import { z } from "zod";
import { AppError, zodIssues } from "../../shared/errors.js";
import { EditPlanSchema, PresetSchema } from "../../plan/schema.js";
import { OutputShorthandSchema } from "../../plan/merge.js";
import { problemResponse } from "../problem.js";
import type { RouteSpec } from "../route.js";
import { planForJob } from "../../jobs/plan.js";

const PlanBodySchema = z
  .object({
    instruction: z.string().optional(),
    plan: z
      .record(z.string(), z.unknown())
      .optional()
      .describe("Explicit EditPlan fields; they win over the interpreted instruction"),
    preset: PresetSchema.optional(),
    output: OutputShorthandSchema.optional(),
    source: z
      .object({
        name: z.string().max(255).optional().describe("File name, used for a default overlay text"),
        durationMs: z.number().int().min(0).optional(),
      })
      .strict()
      .optional()
      .describe("Facts about the clip the plan is for"),
  })
  .strict();

export const planRoutes: RouteSpec[] = [
  {
    method: "POST",
    url: "/v1/plan",
    operationId: "planInstruction",
    summary: "Dry run: the EditPlan an instruction (plus explicit fields) becomes; nothing is rendered",
    tag: "plan",
    auth: true,
    body: { json: PlanBodySchema },
    responses: {
      200: {
        description: "The plan, with notes and unrecognized fragments",
        schema: z.object({ plan: EditPlanSchema }),
      },
      401: problemResponse("Missing or unknown API key"),
      422: problemResponse("invalid_instruction, invalid_plan or invalid_request"),
    },
    handler: async (req) => {
      const parsed = PlanBodySchema.safeParse(req.body ?? {});
      if (!parsed.success)
        throw new AppError("invalid_request", "The plan request is not valid.", {
          issues: zodIssues(parsed.error.issues),
        });
      const { source, ...rest } = parsed.data;
      return { plan: planForJob(rest, { sourceName: source?.name, sourceDurationMs: source?.durationMs ?? null }) };
    },
  },
];
