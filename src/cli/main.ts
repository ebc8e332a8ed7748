#!/usr/bin/env node
/**
 * `promptcut <command>`: each command lives in its own module and is loaded only when used, so
 * `promptcut plan` starts without pulling in Fastify, BullMQ or ffmpeg code.
 */
const COMMANDS: Record<
  string,
  { describe: string; load: () => Promise<{ run: (argv: string[]) => Promise<number> }> }
> = {
  edit: { describe: "edit a clip in this process with the local engine", load: () => import("./commands/edit.js") },
  "nemo-sim": {
    describe: "run the NemoVideo simulator (offline development of the nemo engine)",
    load: () => import("./commands/nemo-sim.js"),
  },
  plan: {
    describe: "print the edit plan an instruction becomes (--batch: one per stdin line)",
    load: () => import("./commands/plan.js"),
  },
  serve: {
    describe: "run the service: serve [all|api|worker] (API and worker by default)",
    load: () => import("./commands/serve.js"),
  },
};

function usage(): string {
  const lines = Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(10)} ${c.describe}`);
  return `usage: promptcut <command> [options]\n\ncommands:\n${lines.join("\n")}\n`;
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === "--help" || name === "-h" || name === "help") {
    process.stdout.write(usage());
    return name ? 0 : 2;
  }
  const cmd = COMMANDS[name];
  if (!cmd) {
    process.stderr.write(`promptcut: unknown command "${name}"\n\n${usage()}`);
    return 2;
  }
  const mod = await cmd.load();
  return mod.run(rest);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`promptcut: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  },
);
