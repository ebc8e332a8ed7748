import fs from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { renderEdit, type RenderStep } from "../../engine/index.js";
import { MusicSchema, PresetSchema } from "../../plan/schema.js";
import { buildPlan } from "../../plan/merge.js";
import { loadConfig } from "../../shared/config.js";
import { AppError, isAppError } from "../../shared/errors.js";
import { probeMedia, type MediaInfo } from "../../media/probe.js";

const USAGE = `usage: promptcut edit <input> ["<instruction>"] -o <output>
                      [--plan plan.json] [--music file] [--preset name]

Edits <input> as the instruction (or the EditPlan in --plan) says, in this process, with the local
engine: no Redis, no server. Progress goes to stderr; the Timeline summary and notes to stdout.

  -o, --output   where to write the result (default: <input name>-edited.<format>)
      --plan     EditPlan fields as JSON (PRODUCT.md §2); they win over the instruction
      --music    a music file to lay under the edit
      --preset   tiktok | reels | shorts | story | youtube | square
`;

/** The --plan file as JSON; buildPlan validates it (field paths in the error) and merges it. */
async function readPlanFile(file: string): Promise<unknown> {
  try {
    return JSON.parse(await fs.readFile(file, "utf8"));
  } catch (err) {
    throw new AppError(
      "invalid_plan",
      `Could not read the plan ${file}: ${err instanceof Error ? err.message : String(err)}`,
    );
  }
}

async function probeFile(file: string) {
  const stat = await fs.stat(file).catch(() => null);
  if (!stat?.isFile()) throw new AppError("not_found", `No file at ${file}.`);
  return probeMedia(file, stat.size, { ffprobePath: loadConfig().FFPROBE_PATH });
}

/** A one-line bar redrawn in place on a terminal; plain lines at each step otherwise. */
function progressBar(stream: NodeJS.WriteStream): { update: (f: number, step: RenderStep) => void; done: () => void } {
  const tty = stream.isTTY === true;
  let lastStep = "";
  let lastPct = -1;
  return {
    update(f, step) {
      const pct = Math.floor(f * 100);
      if (tty) {
        if (pct === lastPct && step === lastStep) return;
        const width = 30;
        const full = Math.round((pct / 100) * width);
        stream.write(
          `\r[${"#".repeat(full)}${".".repeat(width - full)}] ${String(pct).padStart(3)}% ${step.padEnd(7)}`,
        );
      } else if (step !== lastStep || Math.floor(pct / 25) > Math.floor(lastPct / 25)) {
        stream.write(`${step} ${pct}%\n`);
      }
      lastStep = step;
      lastPct = pct;
    },
    done() {
      if (tty && lastPct >= 0) stream.write("\n");
    },
  };
}

const readArgs = (argv: string[]) =>
  parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      output: { type: "string", short: "o" },
      plan: { type: "string" },
      music: { type: "string" },
      preset: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });

export async function run(argv: string[]): Promise<number> {
  let args: ReturnType<typeof readArgs>;
  try {
    args = readArgs(argv);
  } catch (err) {
    process.stderr.write(`promptcut edit: ${err instanceof Error ? err.message : String(err)}\n\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = args;
  if (values.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  const [input, instruction] = positionals;
  if (!input || positionals.length > 2 || (!instruction && !values.plan)) {
    process.stderr.write(`promptcut edit: give an input file and an instruction or --plan\n\n${USAGE}`);
    return 2;
  }
  const preset = values.preset === undefined ? null : PresetSchema.safeParse(values.preset);
  if (preset && !preset.success) {
    process.stderr.write(`promptcut edit: unknown preset "${values.preset}"; use ${PresetSchema.options.join(", ")}\n`);
    return 2;
  }

  const bar = progressBar(process.stderr);
  const abort = new AbortController();
  const onSigint = () => abort.abort();
  process.once("SIGINT", onSigint);
  try {
    const cfg = loadConfig();
    const info = await probeFile(input);
    // The same rules as a job: the instruction interpreted, then --plan fields, then --preset.
    let plan = buildPlan({
      instruction,
      plan: values.plan ? await readPlanFile(values.plan) : undefined,
      preset: preset?.success ? preset.data : undefined,
      sourceName: path.basename(input),
      sourceDurationMs: info.durationMs ?? undefined,
    });
    let music: { path: string; name: string; info: MediaInfo } | undefined;
    if (values.music) {
      music = { path: values.music, name: path.basename(values.music), info: await probeFile(values.music) };
      if (!plan.audio.music)
        plan = { ...plan, audio: { ...plan.audio, music: MusicSchema.parse({ source: music.name }) } };
    }
    const output = values.output ?? `${path.parse(input).name}-edited.${plan.output.format}`;
    const res = await renderEdit({
      source: { path: input, name: path.basename(input), info },
      music,
      plan,
      outputPath: output,
      ffmpegPath: cfg.FFMPEG_PATH,
      ffprobePath: cfg.FFPROBE_PATH,
      timeoutMs: cfg.RENDER_TIMEOUT_MS,
      signal: abort.signal,
      onProgress: bar.update,
    });
    bar.done();
    const o = res.output;
    const size = o.width && o.height ? `${o.width}×${o.height}, ` : "";
    const secs = o.durationMs === null ? "" : `${(o.durationMs / 1000).toFixed(1)} s, `;
    process.stdout.write(`${res.summary}\n`);
    for (const note of res.notes) process.stdout.write(`- ${note}\n`);
    process.stdout.write(`Wrote ${output} (${size}${secs}${(o.sizeBytes / 1048576).toFixed(1)} MB)\n`);
    return 0;
  } catch (err) {
    bar.done();
    if (isAppError(err)) {
      process.stderr.write(`promptcut edit: ${err.message}\n`);
      return err.code === "canceled" ? 130 : 1;
    }
    throw err;
  } finally {
    process.removeListener("SIGINT", onSigint);
  }
}
