/**
 * `npm run bench`: every benchmark, one after the other (never a timed unit test). Each module
 * exports `run()` and also runs alone with `npx tsx bench/<name>.ts`. Pass names to run a subset:
 * `npm run bench -- interpret`.
 */
const BENCHES: Record<string, () => Promise<{ run: () => Promise<{ name: string; lines: string[] }> }>> = {
  interpret: () => import("./interpret.js"),
  engine: () => import("./engine.js"),
};

const wanted = process.argv.slice(2).filter((a) => !a.startsWith("-"));
const names = wanted.length ? wanted : Object.keys(BENCHES);
let failed = false;
for (const name of names) {
  const load = BENCHES[name];
  if (!load) {
    console.error(`unknown bench "${name}"; have ${Object.keys(BENCHES).join(", ")}`);
    failed = true;
    continue;
  }
  const started = Date.now();
  try {
    const r = await (await load()).run();
    console.log(
      `## ${r.name}  (${((Date.now() - started) / 1000).toFixed(1)} s)\n${r.lines.map((l) => `- ${l}`).join("\n")}\n`,
    );
  } catch (err) {
    console.error(`bench ${name} failed:`, err);
    failed = true;
  }
}
process.exitCode = failed ? 1 : 0;
