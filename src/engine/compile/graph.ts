/**
 * A small builder for `-filter_complex` graphs. Streams are refs; a ref used by several filters
 * gets a `split`/`asplit` inserted automatically, so callers never count consumers themselves.
 * Pure: it only builds a string.
 */
export type StreamKind = "v" | "a";

export interface Ref {
  readonly label: string;
  readonly kind: StreamKind;
}

interface Node {
  ins: Ref[];
  filters: string;
  outs: Ref[];
}

export class FilterGraph {
  private nodes: Node[] = [];
  private uses = new Map<string, number>();
  private kinds = new Map<string, StreamKind>();
  private next = 0;

  private use(r: Ref): void {
    this.uses.set(r.label, (this.uses.get(r.label) ?? 0) + 1);
    this.kinds.set(r.label, r.kind);
  }

  /** A stream of an ffmpeg input, by input number and absolute stream index (never by type order). */
  input(inputIndex: number, streamIndex: number, kind: StreamKind): Ref {
    return { label: `${inputIndex}:${streamIndex}`, kind };
  }

  /** Appends `filters` (a comma-separated chain) reading `ins`, returning `outKinds.length` new streams. */
  chain(ins: Ref[], filters: string | string[], outKinds: StreamKind[]): Ref[] {
    const text = Array.isArray(filters) ? filters.filter(Boolean).join(",") : filters;
    for (const r of ins) this.use(r);
    const outs = outKinds.map((kind) => ({ label: `${kind}${this.next++}`, kind }));
    this.nodes.push({ ins, filters: text, outs });
    return outs;
  }

  /** One stream in, one out; an empty chain returns the input itself. */
  pipe(ref: Ref, filters: string | string[]): Ref {
    const list = Array.isArray(filters) ? filters.filter(Boolean) : [filters].filter(Boolean);
    if (list.length === 0) return ref;
    const [out] = this.chain([ref], list, [ref.kind]);
    return out as Ref;
  }

  /** A source filter (color, anullsrc, aevalsrc) with no input. */
  source(filters: string | string[], kind: StreamKind): Ref {
    const [out] = this.chain([], filters, [kind]);
    return out as Ref;
  }

  /** Marks refs as graph outputs (for `-map [label]`) and returns the whole graph as text. */
  build(outputs: Ref[]): { graph: string; maps: string[] } {
    for (const r of outputs) this.use(r);
    // Every consumer of a multiply-used ref reads its own split output, in order.
    const served = new Map<string, number>();
    const label = (r: Ref) => {
      const n = this.uses.get(r.label) ?? 1;
      if (n <= 1) return r.label;
      const i = served.get(r.label) ?? 0;
      served.set(r.label, i + 1);
      return `${safe(r.label)}_${i}`;
    };
    const parts: string[] = [];
    for (const [l, n] of this.uses) {
      if (n <= 1) continue;
      const kind = this.kinds.get(l);
      const outs = Array.from({ length: n }, (_, i) => `[${safe(l)}_${i}]`).join("");
      parts.push(`[${l}]${kind === "a" ? "asplit" : "split"}=${n}${outs}`);
    }
    for (const node of this.nodes) {
      const ins = node.ins.map((r) => `[${label(r)}]`).join("");
      const outs = node.outs.map((r) => `[${r.label}]`).join("");
      parts.push(`${ins}${node.filters}${outs}`);
    }
    const maps = outputs.map((r) => `[${label(r)}]`);
    return { graph: parts.join(";"), maps };
  }
}

const safe = (label: string) => label.replace(":", "_");

/** Streams of one kind played one after another; a single stream is returned as it is. */
export function concat(g: FilterGraph, refs: Ref[], kind: "v" | "a"): Ref {
  if (refs.length === 1) return refs[0] as Ref;
  const [out] = g.chain(refs, `concat=n=${refs.length}:v=${kind === "v" ? 1 : 0}:a=${kind === "a" ? 1 : 0}`, [kind]);
  return out as Ref;
}

/** Seconds with ms precision, as ffmpeg options want them. */
export const sec = (ms: number): string => (ms / 1000).toFixed(3);

/** Frames in `ms` at `fps`, at least one. */
export const frames = (ms: number, fps: number): number => Math.max(1, Math.round((ms * fps) / 1000));

/** `setpts`/`asetpts` moving a segment cut from inside a shared input to start at 0, at its speed. */
export function retime(withinStartMs: number, speed: number, audio: boolean): string {
  const shifted = withinStartMs > 0 ? `(PTS-${sec(withinStartMs)}/TB)` : "PTS";
  const expr = speed === 1 ? shifted : `${shifted}/${speed}`;
  if (expr === "PTS") return "";
  return `${audio ? "asetpts" : "setpts"}=${expr}`;
}

/**
 * A frame rate as the exact fraction ffmpeg should use: 29.97 is 30000/1001, 29.833 is 179/6.
 * A plain decimal would drift against the source's own frame grid over a long clip.
 */
export function fpsFraction(fps: number): string {
  if (Math.abs(fps - Math.round(fps)) < 0.001) return String(Math.round(fps));
  const ntsc = Math.round(fps * 1.001);
  if (Math.abs((ntsc * 1000) / 1001 - fps) < 0.002) return `${ntsc * 1000}/1001`;
  for (let d = 2; d <= 1000; d++) {
    const n = Math.round(fps * d);
    if (Math.abs(n / d - fps) < 0.0006) return `${n}/${d}`;
  }
  return fps.toFixed(3);
}
