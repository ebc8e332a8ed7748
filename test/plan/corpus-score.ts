import { isDeepStrictEqual } from "node:util";
import { interpret } from "../../src/plan/interpret/index.js";
import { normalizePlan } from "../../src/plan/normalize.js";
import { EditPlanSchema, type EditPlan } from "../../src/plan/schema.js";
import type { CorpusEntry } from "./corpus.js";

/** One corpus entry scored: the fields that differ from what the entry expects (none = fully right). */
export interface Scored {
  entry: CorpusEntry;
  plan: EditPlan;
  problems: string[];
}

/** Every field except notes and unrecognized must equal the expectation with defaults filled in. */
export function score(entry: CorpusEntry): Scored {
  const plan = interpret(entry.text, entry.ctx);
  const expected = normalizePlan(EditPlanSchema.parse(entry.expect));
  const problems: string[] = [];
  const { notes: _n, unrecognized: _u, ...want } = expected;
  const { notes: _n2, unrecognized: _u2, ...got } = plan;
  diff(want, got, "", problems);
  for (const s of entry.unrecognized ?? []) {
    if (!plan.unrecognized.some((u) => u.toLowerCase().includes(s.toLowerCase()))) problems.push(`unrecognized lacks "${s}"`);
  }
  if (entry.unrecognized === undefined && plan.unrecognized.length > 0) {
    problems.push(`unexpected unrecognized ${JSON.stringify(plan.unrecognized)}`);
  }
  for (const s of entry.notes ?? []) {
    if (!plan.notes.some((n) => n.includes(s))) problems.push(`notes lack "${s}"`);
  }
  return { entry, plan, problems };
}

/** Appends a line per leaf field where `got` differs from `want`. */
export function diff(want: unknown, got: unknown, path: string, out: string[]): void {
  if (isDeepStrictEqual(want, got)) return;
  if (want && got && typeof want === "object" && typeof got === "object" && !Array.isArray(want) && !Array.isArray(got)) {
    for (const k of new Set([...Object.keys(want), ...Object.keys(got)])) {
      diff((want as Record<string, unknown>)[k], (got as Record<string, unknown>)[k], path ? `${path}.${k}` : k, out);
    }
    return;
  }
  out.push(`${path}: want ${JSON.stringify(want)} got ${JSON.stringify(got)}`);
}

export function share(entries: CorpusEntry[]): { right: number; total: number; failures: Scored[] } {
  const scored = entries.map(score);
  const failures = scored.filter((s) => s.problems.length > 0);
  return { right: scored.length - failures.length, total: scored.length, failures };
}
