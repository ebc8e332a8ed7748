#!/usr/bin/env node
/**
 * `promptcut <command>`: each command lives in its own module and is loaded only when used, so
 * `promptcut plan` starts without pulling in Fastify, BullMQ or ffmpeg code.
 */
const COMMANDS: Record<string, { describe: string; load: () => Promise<{ run: (argv: string[]) => Promise<number> }> }> = {
  edit: { describe: "edit a clip in this process with the local engine", load: () => import("./commands/edit.js") },
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
