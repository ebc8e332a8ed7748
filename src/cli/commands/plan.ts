import { once } from "node:events";
import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import { interpret } from "../../plan/interpret/index.js";
import { buildPlan, mergePlan } from "../../plan/merge.js";
import { PresetSchema, type EditPlan, type Preset } from "../../plan/schema.js";
import { isAppError } from "../../shared/errors.js";

/**
 * `promptcut plan "<instruction>" [--preset tiktok] [--json]` prints the plan an instruction
 * becomes; `promptcut plan --batch` reads one instruction per line on stdin and writes one
 * compact JSON plan per line, in order, streaming (blank lines give a plan too, so output lines
 * match input lines).
 */

const USAGE = `usage: promptcut plan "<instruction>" [--preset NAME] [--json]
                      [--source-name FILE] [--source-duration MS]
       promptcut plan --batch [--preset NAME] < instructions.txt

  --preset NAME          tiktok | reels | shorts | story | youtube | square (wins over the text)
  --json                 print the plan as JSON instead of a summary
  --batch                one instruction per stdin line → one JSON plan per stdout line
  --source-name FILE     the clip's file name (used for a default overlay title)
  --source-duration MS   the clip's length (resolves "only the last 5 seconds")
`;

export async function run(argv: string[]): Promise<number> {
  let args: ReturnType<typeof parse>;
  try {
    args = parse(argv);
  } catch (err) {
    process.stderr.write(`promptcut plan: ${err instanceof Error ? err.message : String(err)}\n\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = args;
  if (values.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  let preset: Preset | undefined;
  if (values.preset !== undefined) {
    const p = PresetSchema.safeParse(values.preset);
    if (!p.success) {
      process.stderr.write(`promptcut plan: unknown preset "${values.preset}"\n\n${USAGE}`);
      return 2;
    }
    preset = p.data;
  }
  const sourceDurationMs = values["source-duration"] === undefined ? undefined : Number(values["source-duration"]);
  const ctx = { sourceName: values["source-name"], sourceDurationMs };

  if (values.batch) {
    if (positionals.length > 0) {
      process.stderr.write(`promptcut plan: --batch reads stdin; give no instruction argument\n\n${USAGE}`);
      return 2;
    }
    await batch((line) => {
      const plan = interpret(line, ctx);
      return preset ? mergePlan(plan, { preset }) : plan;
    });
    return 0;
  }

  if (positionals.length === 0) {
    process.stderr.write(`promptcut plan: give an instruction\n\n${USAGE}`);
    return 2;
  }
  try {
    const plan = buildPlan({ instruction: positionals.join(" "), preset, ...ctx });
    process.stdout.write(values.json ? `${JSON.stringify(plan, null, 2)}\n` : summary(plan));
    return 0;
  } catch (err) {
    if (!isAppError(err)) throw err;
    process.stderr.write(`promptcut plan: ${err.message}\n`);
    return 2;
  }
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      preset: { type: "string" },
      json: { type: "boolean", default: false },
      batch: { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
      "source-name": { type: "string" },
      "source-duration": { type: "string" },
    },
  });
}

/** Line in, line out, holding one line at a time and waiting when stdout is full. */
async function batch(toPlan: (line: string) => EditPlan): Promise<void> {
  const rl = createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY });
  for await (const line of rl) {
    if (!process.stdout.write(`${JSON.stringify(toPlan(line))}\n`)) await once(process.stdout, "drain");
  }
}

const secs = (ms: number) => `${Number((ms / 1000).toFixed(2))} s`;

/** A human summary: only what differs from "change nothing". */
export function summary(plan: EditPlan): string {
  const lines = [`Plan (${plan.intent})`];
  const o = plan.output;
  const frame = [
    o.preset,
    o.aspect === "source" ? "source frame" : `${o.aspect} ${o.width}×${o.height}`,
    o.fit,
    o.format,
    o.quality,
  ];
  if (o.resolution) frame.push(`${o.resolution}p`);
  if (o.fps) frame.push(`${o.fps} fps`);
  lines.push(`  Output:  ${frame.filter(Boolean).join(" · ")}`);
  const c = plan.cut;
  const cut: string[] = [];
  if (c.removePauses) cut.push(`remove pauses ≥ ${secs(c.removePauses.minPauseMs)}`);
  if (c.ranges) cut.push(`keep ${c.ranges.map((r) => `${secs(r.startMs)}–${secs(r.endMs)}`).join(", ")}`);
  if (c.trimStartMs) cut.push(`trim start ${secs(c.trimStartMs)}`);
  if (c.trimEndMs) cut.push(`trim end ${secs(c.trimEndMs)}`);
  if (c.targetDurationMs) cut.push(`${c.durationMode === "max" ? "at most" : "exactly"} ${secs(c.targetDurationMs)}`);
  if (cut.length) lines.push(`  Cut:     ${cut.join(" · ")}`);
  if (plan.speed !== 1) lines.push(`  Speed:   ${plan.speed}x`);
  for (const t of plan.texts) {
    const when =
      t.endMs === null
        ? t.startMs === 0
          ? "whole clip"
          : `from ${secs(t.startMs)}`
        : `${secs(t.startMs)}–${secs(t.endMs)}`;
    lines.push(
      `  Text:    "${t.text}" ${when}${t.anchor === "end" ? " before the end" : ""} ` +
        `· ${t.position} · ${t.style} · ${t.animation}${t.size !== "medium" ? ` · ${t.size}` : ""}`,
    );
  }
  const a = plan.audio;
  const audio: string[] = [];
  if (a.mute) audio.push("mute the clip");
  if (a.normalize) audio.push("normalize loudness");
  if (a.volume !== 1) audio.push(`clip volume ${Math.round(a.volume * 100)}%`);
  if (a.music)
    audio.push(
      `music ${a.music.source ?? "(uploaded or built-in)"} ${Math.round(a.music.volume * 100)}%` +
        (a.music.duck ? " ducked" : ""),
    );
  if (audio.length) lines.push(`  Audio:   ${audio.join(" · ")}`);
  if (plan.fade.inMs || plan.fade.outMs)
    lines.push(`  Fade:    in ${secs(plan.fade.inMs)} · out ${secs(plan.fade.outMs)}`);
  for (const n of plan.notes) lines.push(`  Note:    ${n}`);
  if (plan.unrecognized.length) lines.push(`  Not understood: ${plan.unrecognized.map((u) => `"${u}"`).join(", ")}`);
  return `${lines.join("\n")}\n`;
}
