import { z } from "zod";
import { AppError, zodIssues } from "../shared/errors.js";
import { interpret, MAX_INSTRUCTION_CHARS, type InterpretContext } from "./interpret/index.js";
import { normalizePlan } from "./normalize.js";
import {
  AudioSchema,
  CutSchema,
  EditPlanSchema,
  FadeSchema,
  FormatSchema,
  MusicSchema,
  OutputSchema,
  PresetSchema,
  RemovePausesSchema,
  type EditPlan,
} from "./schema.js";

/**
 * Explicit plan fields on top of an interpreted plan. A request may carry an instruction and an
 * explicit plan (plus the `preset`/`output` shorthands of a job request); explicit fields win
 * field by field, arrays replace, and the result is schema-valid and normalized.
 */

/** Every key optional and without its default: a patch must say only what the caller said. */
function patch<S extends z.ZodRawShape>(schema: z.ZodObject<S>) {
  const shape: Record<string, z.ZodType> = {};
  for (const [key, value] of Object.entries(schema.shape)) {
    let inner = value as z.ZodType;
    while (inner instanceof z.ZodDefault || inner instanceof z.ZodPrefault) inner = inner.unwrap() as z.ZodType;
    shape[key] = inner.optional();
  }
  return z.object(shape).strict();
}

const OutputPatchSchema = patch(OutputSchema);
const MusicPatchSchema = patch(MusicSchema);

/** What a caller may send as `plan`: any subset of EditPlan, plus the job shorthands. */
export const PlanPatchSchema = patch(EditPlanSchema)
  .extend({
    output: OutputPatchSchema.optional(),
    cut: patch(CutSchema)
      .extend({ removePauses: patch(RemovePausesSchema).nullable().optional() })
      .strict()
      .optional(),
    audio: patch(AudioSchema).extend({ music: MusicPatchSchema.nullable().optional() }).strict().optional(),
    fade: patch(FadeSchema).optional(),
    /** Shorthand for output.preset. */
    preset: PresetSchema.nullable().optional(),
  })
  .strict();
export type PlanPatch = z.output<typeof PlanPatchSchema>;

/** A job's `output`: an output patch, or a bare format ("gif") as shorthand. */
export const OutputShorthandSchema = z.union([FormatSchema, OutputPatchSchema]);

/** Validates an explicit plan; a bad one is `invalid_plan` with the failing field paths. */
export function parsePlanPatch(input: unknown, at = "plan"): PlanPatch {
  const parsed = PlanPatchSchema.safeParse(input);
  if (parsed.success) return parsed.data;
  const issues = zodIssues(parsed.error.issues, at);
  throw new AppError(
    "invalid_plan",
    `The plan is not valid: ${issues.map((i) => `${i.path}: ${i.message}`).join("; ")}.`,
    { issues },
  );
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);

function deepMerge(base: unknown, over: unknown): unknown {
  if (over === undefined) return base;
  if (isObject(base) && isObject(over)) {
    const out: Json = { ...base };
    for (const [k, v] of Object.entries(over)) out[k] = deepMerge(base[k], v);
    return out;
  }
  return over;
}

/** Explicit fields over a plan. Throws `invalid_plan` when the patch or the result is not valid. */
export function mergePlan(base: EditPlan, explicit: unknown): EditPlan {
  const p = parsePlanPatch(explicit);
  const { preset, ...rest } = p;
  const over: Json = { ...rest };
  if (preset !== undefined) over.output = { ...(rest.output ?? {}), preset };
  const outPatch = (over.output ?? {}) as Json;

  const output: Json = { ...base.output };
  // The frame fields are derived: a new preset brings its own aspect, and a new aspect or
  // resolution its own size, unless the caller set those too.
  if ("preset" in outPatch && !("aspect" in outPatch)) output.aspect = "source";
  if (
    ["preset", "aspect", "resolution"].some((k) => k in outPatch) &&
    !("width" in outPatch) &&
    !("height" in outPatch)
  ) {
    output.width = null;
    output.height = null;
  }
  const merged = deepMerge({ ...base, output }, over);
  const parsed = EditPlanSchema.safeParse(merged);
  if (!parsed.success) {
    const issues = zodIssues(parsed.error.issues, "plan");
    throw new AppError(
      "invalid_plan",
      `The merged plan is not valid: ${issues.map((i) => `${i.path}: ${i.message}`).join("; ")}.`,
      { issues },
    );
  }
  return normalizePlan(parsed.data);
}

export interface PlanRequest {
  instruction?: string | undefined;
  plan?: unknown;
  preset?: unknown;
  output?: unknown;
  sourceName?: string | undefined;
  sourceDurationMs?: number | undefined;
}

/** Text → plan; the rule interpreter unless a caller brings another (or counts the calls). */
export type Interpreter = (text: string, ctx: InterpretContext) => EditPlan;

/** A plan request that passed every check that needs no interpretation. */
export interface CheckedPlanRequest {
  text: string | null;
  planPatch: PlanPatch;
  shorthand: Json;
}

/**
 * Everything about a plan request that can be refused without reading the instruction: its
 * length, a blank request, an explicit plan or shorthand that fails the schema. Cheap, so a caller
 * can refuse a bad request before it uploads, probes or queues anything. Throws `invalid_*`.
 */
export function checkPlanRequest(req: PlanRequest): CheckedPlanRequest {
  const { instruction } = req;
  if (instruction !== undefined && typeof instruction !== "string") {
    throw new AppError("invalid_instruction", "The instruction must be text.");
  }
  if (instruction !== undefined && instruction.length > MAX_INSTRUCTION_CHARS) {
    throw new AppError(
      "invalid_instruction",
      `The instruction is ${instruction.length} characters; the limit is ${MAX_INSTRUCTION_CHARS}.`,
    );
  }
  const hasText = instruction !== undefined && instruction.trim().length > 0;
  const hasPlan = req.plan !== undefined && req.plan !== null;
  if (!hasText && !hasPlan) {
    throw new AppError(
      "invalid_instruction",
      instruction === undefined
        ? "Send an instruction, a plan, or both."
        : "The instruction is blank; say what to do, or send a plan.",
    );
  }
  const planPatch = hasPlan ? parsePlanPatch(req.plan) : {};
  const shorthand: Json = {};
  if (req.preset !== undefined) {
    const preset = PresetSchema.nullable().safeParse(req.preset);
    if (!preset.success)
      throw new AppError("invalid_plan", "preset: not a known preset.", {
        issues: zodIssues(preset.error.issues, "preset"),
      });
    shorthand.preset = preset.data;
  }
  if (req.output !== undefined) {
    const out = OutputShorthandSchema.safeParse(req.output);
    if (!out.success)
      throw new AppError("invalid_plan", "output: not a valid output.", {
        issues: zodIssues(out.error.issues, "output"),
      });
    shorthand.output = typeof out.data === "string" ? { format: out.data } : out.data;
  }
  return { text: hasText ? instruction! : null, planPatch, shorthand };
}

/**
 * The final plan for a job or a dry run: the instruction interpreted (once), then the explicit
 * plan and the `preset`/`output` shorthands merged over it (shorthands last: they are the most
 * specific).
 */
export function buildPlan(req: PlanRequest, read: Interpreter = interpret): EditPlan {
  const { text, planPatch, shorthand } = checkPlanRequest(req);
  const base = text
    ? read(text, { sourceName: req.sourceName, sourceDurationMs: req.sourceDurationMs })
    : normalizePlan(EditPlanSchema.parse({}));
  return mergePlan(mergePlan(base, planPatch), shorthand);
}
