import { loadConfig, ConfigError, type Config } from "./shared/config.js";
import { createContext } from "./context.js";
import { startApi, type ApiServer } from "./api/server.js";
import { startWorker, type WorkerRuntime } from "./worker/runtime.js";

const MODES = ["all", "api", "worker"] as const;
type Mode = (typeof MODES)[number];

/**
 * `promptcut serve [all|api|worker]` / `node dist/main.js [all|api|worker]`: one process running
 * both (one machine), or each apart
 * (many machines sharing Redis). SIGTERM drains: the API stops taking jobs, the worker finishes
 * or hands back its jobs, then the process exits.
 */
export async function startFromCli(argv: string[]): Promise<number> {
  const mode = (argv[0] ?? "all") as Mode;
  if (!MODES.includes(mode)) {
    process.stderr.write(`usage: promptcut serve [all|api|worker]\n`);
    return 2;
  }
  let cfg: Config;
  try {
    cfg = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`${err.message}\n`);
      return 78; // EX_CONFIG
    }
    throw err;
  }
  const ctx = createContext(cfg);
  let api: ApiServer | undefined;
  let worker: WorkerRuntime | undefined;
  try {
    if (mode !== "api") worker = await startWorker(ctx);
    if (mode !== "worker") api = await startApi(ctx);
  } catch (err) {
    ctx.log.fatal({ err: err instanceof Error ? err.message : String(err) }, "could not start");
    await worker?.close(0);
    await ctx.close();
    return 1;
  }

  return new Promise<number>((resolve) => {
    let stopping = false;
    const stop = async (signal: string) => {
      if (stopping) return;
      stopping = true;
      ctx.log.info({ signal }, "shutting down");
      try {
        await api?.close();
        await worker?.close(cfg.SHUTDOWN_TIMEOUT_MS);
        await ctx.close();
        resolve(0);
      } catch (err) {
        ctx.log.error({ err }, "unclean shutdown");
        resolve(1);
      }
    };
    process.once("SIGTERM", () => void stop("SIGTERM"));
    process.once("SIGINT", () => void stop("SIGINT"));
  });
}
