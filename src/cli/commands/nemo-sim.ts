import { parseArgs } from "node:util";
import { createLogger } from "../../shared/logger.js";
import { startSimulator } from "../../sim/server.js";

const HELP = `usage: promptcut nemo-sim [--port 4010] [--host 127.0.0.1] [--faults JSON] [--dir DIR]

Runs the NemoVideo simulator until SIGINT/SIGTERM, so the nemo engine can be developed offline:
point NEMO_API_URL at the printed URL. --faults takes the JSON that POST /__sim/faults accepts,
e.g. '{"dialect":"adk","noTextRate":0,"rateLimit":{"count":2}}'. Counters: GET /__sim/stats.
`;

/** `promptcut nemo-sim`: the simulator on its own (NEMO.md endpoints + /__sim control). */
const readArgs = (argv: string[]) =>
  parseArgs({
    args: argv,
    options: {
      port: { type: "string", default: "4010" },
      host: { type: "string", default: "127.0.0.1" },
      faults: { type: "string" },
      dir: { type: "string" },
      "log-level": { type: "string", default: "info" },
      help: { type: "boolean", short: "h" },
    },
  }).values;

export async function run(argv: string[]): Promise<number> {
  let args: ReturnType<typeof readArgs>;
  try {
    args = readArgs(argv);
  } catch (err) {
    process.stderr.write(`nemo-sim: ${err instanceof Error ? err.message : String(err)}\n\n${HELP}`);
    return 2;
  }
  if (args.help) {
    process.stdout.write(HELP);
    return 0;
  }
  const port = Number(args.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    process.stderr.write(`nemo-sim: --port must be 0–65535\n`);
    return 2;
  }
  let faults: unknown = {};
  if (args.faults) {
    try {
      faults = JSON.parse(args.faults);
    } catch {
      process.stderr.write(`nemo-sim: --faults is not valid JSON\n`);
      return 2;
    }
  }
  const log = createLogger(args["log-level"] ?? "info", "nemo-sim");
  const sim = await startSimulator({
    port,
    host: args.host,
    faults: faults as object,
    dir: args.dir,
    log,
    ffmpegPath: process.env.FFMPEG_PATH,
    ffprobePath: process.env.FFPROBE_PATH,
  });
  process.stdout.write(`nemo-sim listening on ${sim.url}\n`);

  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
  });
  await sim.close();
  process.stdout.write("nemo-sim stopped\n");
  return 0;
}
