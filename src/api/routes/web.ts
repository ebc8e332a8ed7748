import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { route, type AnyRoute } from "../route.js";

// The page is shipped beside the sources (src/web) and read once: it never changes at run time.
const PAGE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../src/web/index.html");
let cached: string | null = null;

export const webRoutes: AnyRoute[] = [
  route({
    method: "GET",
    url: "/",
    operationId: "webPage",
    summary: "A small web page to edit a clip from the browser (upload, instruction, live progress, result)",
    tag: "operations",
    auth: false,
    responses: { 200: { description: "HTML", contentType: "text/html" } },
    handler: async (_req, reply) => {
      cached ??= fs.readFileSync(PAGE, "utf8");
      return reply
        .type("text/html; charset=utf-8")
        .header(
          "content-security-policy",
          "default-src 'self'; script-src 'unsafe-inline' 'self'; style-src " +
            "'unsafe-inline'; media-src 'self' blob:; img-src 'self' blob: data:; connect-src 'self' blob:",
        )
        .send(cached);
    },
  }),
];
