import type { AnyRoute } from "../route.js";
import { apiSchemas } from "../openapi.js";
import { EditPlanSchema } from "../../plan/schema.js";
import { JobViewSchema } from "../../jobs/view.js";
import { ProblemSchema } from "../problem.js";
import { TimelineSchema } from "../../timeline/schema.js";
import { healthRoutes } from "./health.js";
import { jobRoutes } from "./jobs.js";
import { planRoutes } from "./plan.js";
import { creditsRoutes } from "./credits.js";
import { sessionRoutes } from "./sessions.js";
import { webRoutes } from "./web.js";
import { uploadRoutes } from "./uploads.js";
import { docsRoutes } from "./docs.js";

/** Every route the API serves; openapi.yaml is generated from this list. */
export const allRoutes: AnyRoute[] = [
  ...jobRoutes,
  ...uploadRoutes,
  ...planRoutes,
  ...sessionRoutes,
  ...creditsRoutes,
  ...healthRoutes,
  ...docsRoutes,
  ...webRoutes,
];

apiSchemas.add(EditPlanSchema, { id: "EditPlan" });
apiSchemas.add(JobViewSchema, { id: "Job" });
apiSchemas.add(ProblemSchema, { id: "Problem" });
apiSchemas.add(TimelineSchema, { id: "Timeline" });
