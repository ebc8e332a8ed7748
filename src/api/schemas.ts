import { z } from "zod";
import { JobStatusSchema } from "../jobs/record.js";

export const JobIdParams = z.object({ id: z.string() });

export const ListJobsQuery = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(20),
  cursor: z.string().max(64).optional(),
  status: JobStatusSchema.optional(),
});
