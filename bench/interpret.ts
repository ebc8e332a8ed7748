import { pathToFileURL } from "node:url";
import { interpret, interpretFollowUp } from "../src/plan/interpret/index.js";
import { normalizePlan } from "../src/plan/normalize.js";
import { EditPlanSchema } from "../src/plan/schema.js";
import { FOLLOW_UPS } from "../test/plan/corpus-followup.js";
import { HELD_OUT } from "../test/plan/corpus-heldout.js";
import { CORPUS } from "../test/plan/corpus.js";

/**
 * Interpreter throughput on one core: instructions per second over the corpus and over a
 * generated mix (corpus phrases recombined into longer run-on instructions, plus long and
 * adversarial strings), each after a warm-up. `npx tsx bench/interpret.ts`.
 */

const WARMUP_MS = 500;
const MEASURE_MS = 2000;

/** Deterministic mix: recombined corpus clauses, with the occasional long or odd input. */
function generatedMix(count: number): string[] {
  const pieces = [...CORPUS, ...HELD_OUT].flatMap((e) => e.text.split(/[,，]\s*/));
  let seed = 42;
  const rand = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const r = rand();
    if (r < 0.02) out.push("trim the pauses and add text 'hi' ".repeat(58).slice(0, 2000));
    else if (r < 0.03)
      out.push(Array.from({ length: 400 }, () => "'\"“9:16 0:1x 十秒"[Math.floor(rand() * 14)]).join(""));
    else {
      const n = 1 + Math.floor(rand() * 4);
      out.push(Array.from({ length: n }, () => pieces[Math.floor(rand() * pieces.length)]!).join(n > 2 ? " " : ", "));
    }
  }
  return out;
}

function throughput(texts: string[], one: (text: string, i: number) => unknown = (t) => interpret(t)): number {
  const loop = (ms: number) => {
    let n = 0;
    const t0 = performance.now();
    while (performance.now() - t0 < ms) {
      texts.forEach(one);
      n += texts.length;
    }
    return n / ((performance.now() - t0) / 1000);
  };
  loop(WARMUP_MS);
  return loop(MEASURE_MS);
}

export async function run(): Promise<{ name: string; lines: string[] }> {
  const corpus = CORPUS.map((e) => e.text);
  const mix = generatedMix(1000);
  const avgChars = (xs: string[]) => Math.round(xs.reduce((a, t) => a + t.length, 0) / xs.length);
  const a = throughput(corpus);
  const b = throughput(mix);
  const turns = FOLLOW_UPS.map((e) => ({ ...e, plan: normalizePlan(EditPlanSchema.parse(e.current ?? {})) }));
  const c = throughput(
    turns.map((t) => t.text),
    (text, i) => interpretFollowUp(text, turns[i]!.plan, turns[i]!.ctx),
  );
  const fmt = (v: number) => Math.round(v).toLocaleString("en-US");
  return {
    name: "interpret",
    lines: [
      `corpus (${corpus.length} instructions, avg ${avgChars(corpus)} chars): ${fmt(a)} instructions/s`,
      `generated mix (${mix.length} instructions, avg ${avgChars(mix)} chars): ${fmt(b)} instructions/s`,
      `follow-ups (${turns.length} session turns against their current plans): ${fmt(c)} turns/s`,
      `target: ≥ 5,000 instructions/s on one core — ${Math.min(a, b, c) >= 5000 ? "met" : "NOT met"}`,
    ],
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const r = await run();
  console.log(`## ${r.name}\n${r.lines.map((l) => `- ${l}`).join("\n")}`);
}
