import type { EditPlan } from "../plan/schema.js";
import type { MediaInfo } from "../shared/probe.js";
import { TimelineSchema, type Timeline, type TimelineTrack } from "../timeline/schema.js";

const even = (n: number) => Math.max(2, Math.round(n / 2) * 2);

/**
 * The simulated agent's draft, as a Timeline: the plan applied to the uploaded clip. It follows the
 * local engine's rules (frame from the plan or the source's aspect at the requested short side,
 * whole source unless cut) so a nemo job and a local job summarise alike. When the engine's own
 * timeline builder (src/engine/timeline) is merged, this should call it instead. Pure.
 */
export function timelineForPlan(plan: EditPlan, source: { name: string; info: MediaInfo }): Timeline {
  const info = source.info;
  const v = info.video ?? { width: 1080, height: 1920, fps: 30 };
  const short = plan.output.resolution ?? 1080;
  const frame =
    plan.output.width && plan.output.height
      ? { width: plan.output.width, height: plan.output.height }
      : v.width <= v.height
        ? { width: even(short), height: even((short * v.height) / v.width) }
        : { width: even((short * v.width) / v.height), height: even(short) };

  const srcMs = info.durationMs ?? 5000;
  const inMs = Math.min(plan.cut.trimStartMs, srcMs);
  const outMs = Math.max(inMs, srcMs - plan.cut.trimEndMs);
  let durationMs = Math.round((outMs - inMs) / plan.speed);
  if (plan.cut.targetDurationMs !== null) durationMs = Math.min(durationMs, plan.cut.targetDurationMs);
  const usedSourceMs = Math.round(durationMs * plan.speed);

  const media = (source: string, extra: Partial<{ volume: number; loop: boolean; fadeOutMs: number }> = {}) => ({
    source,
    sourceInMs: source === "main" ? inMs : 0,
    sourceOutMs: source === "main" ? inMs + usedSourceMs : durationMs,
    startMs: 0,
    durationMs,
    speed: source === "main" ? plan.speed : 1,
    volume: extra.volume ?? 1,
    loop: extra.loop ?? false,
    fadeInMs: 0,
    fadeOutMs: extra.fadeOutMs ?? 0,
  });

  const tracks: TimelineTrack[] = [{ type: 0, name: "Video", segments: [media("main")] }];
  const sources: Timeline["sources"] = [{ id: "main", name: source.name, kind: info.kind, durationMs: info.durationMs }];
  const music = plan.audio.music;
  if (music) {
    sources.push({ id: "music", name: music.source ?? "music bed", kind: "audio", durationMs: null });
    tracks.push({ type: 1, name: "BGM", role: "bgm", duck: music.duck, segments: [media("music", { volume: music.volume, loop: true, fadeOutMs: music.fadeOutMs })] });
  }
  if (plan.texts.length > 0) {
    tracks.push({
      type: 7,
      name: "Title",
      segments: plan.texts.map((t) => {
        const end = Math.min(durationMs, t.endMs ?? durationMs);
        const start = Math.min(t.startMs, end);
        const [s, e] = t.anchor === "end" ? [Math.max(0, durationMs - end), Math.max(0, durationMs - start)] : [start, end];
        return { text: t.text, startMs: s, durationMs: e - s, position: t.position, style: t.style, animation: t.animation };
      }),
    });
  }

  return TimelineSchema.parse({
    version: 1,
    durationMs,
    width: frame.width,
    height: frame.height,
    fps: Math.min(60, v.fps ?? 30),
    sources,
    tracks,
  });
}
