/**
 * Fails when a line of code passes 120 characters. The formatter wraps code, but it leaves long
 * strings, regexes and comments alone; those are what this catches.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";

const MAX = 120;
// The interpreter is being rebuilt on its own branch (issue 11) and the web page is being replaced
// by the studio (issue 19); each joins this check when it lands.
const PENDING = [/^src\/plan\/interpret\//, /^test\/plan\//, /^src\/web\//];
const files = execFileSync("git", ["ls-files", "src", "test", "bench", "scripts", "eval"], { encoding: "utf8" })
  .split("\n")
  .filter((f) => /\.(ts|js|mjs|html|css|sh)$/.test(f) && !PENDING.some((re) => re.test(f)) && fs.existsSync(f));
const long: string[] = [];
for (const f of files) {
  fs.readFileSync(f, "utf8")
    .split("\n")
    .forEach((line, i) => {
      if ([...line].length > MAX) long.push(`${f}:${i + 1}: ${[...line].length} characters`);
    });
}
if (long.length > 0) {
  process.stderr.write(`${long.length} lines pass ${MAX} characters:\n${long.join("\n")}\n`);
  process.exit(1);
}
process.stdout.write(`check-lines: ${files.length} files, no line over ${MAX} characters\n`);
