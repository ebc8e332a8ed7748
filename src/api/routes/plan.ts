import { z } from "zod";
import { EditPlanSchema, PresetSchema } from "../../plan/schema.js";
import { OutputShorthandSchema } from "../../plan/merge.js";
import { problemResponse } from "../problem.js";
import { route, type AnyRoute } from "../route.js";
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

export const planRoutes: AnyRoute[] = [
  route({
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
    handler: async (req, _reply, deps) => {
      const { source, ...rest } = req.body;
      return {
        plan: planForJob(
          rest,
          { sourceName: source?.name, sourceDurationMs: source?.durationMs ?? null },
          deps.interpret,
        ),
      };
    },
  }),
];
