import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { allRoutes } from "../src/api/routes/index.js";
import { renderOpenApiYaml } from "../src/api/openapi.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const pkg = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8")) as { version: string };
fs.writeFileSync(path.join(root, "openapi.yaml"), renderOpenApiYaml(allRoutes, pkg.version));
console.log("wrote openapi.yaml");
