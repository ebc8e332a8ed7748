import type { EditPlan } from "../plan/schema.js";
import type { PlanState, Session, TurnKind } from "./record.js";

import type { FollowUp, FollowUpContext } from "../plan/interpret/index.js";

/** The interpreter's reading of a message against a plan (interpretFollowUp), injected for tests. */
export type InterpretFollowUp = (text: string, current: EditPlan, ctx: FollowUpContext) => FollowUp;

/** A turn decided, before any I/O: the new plans, what to render, and what to say. */
export interface TurnDecision {
  kind: TurnKind;
  plans: PlanState;
  undo: PlanState[];
  redo: PlanState[];
  /** Sources the turn applied to; null = all. */
  target: string[] | null;
  changes: string[];
  /** Sources to render a preview or an export of. */
  render: { kind: "preview" | "export"; sourceIds: string[] } | null;
  /** The reply without the timeline part (the service adds summaries after building them). */
  reply: string;
}

/** Undo history kept per session; older states fall off. */
export const MAX_UNDO = 50;

export function planOf(plans: PlanState, sourceId: string): EditPlan {
  return plans.bySource[sourceId] ?? plans.base;
}

const HELP =
  'Tell me what to change, e.g. "trim the pauses", "cut it to 10 seconds", "add \'Banana Bread!\' at the top", ' +
  '"make the text bigger", "for TikTok". Say "undo" or "redo" to step through changes, "status" to see the timeline, ' +
  'and "export" to render the final video.';
const UPLOAD_HELP =
  'Add clips with POST /v1/sessions/{id}/uploads: multipart `file` parts (one or more), or JSON {"urls": [...]}. ' +
  'Each becomes a source you can name ("the second clip") in messages.';

/**
 * Decides a turn from the session and the interpreted message. Pure: the caller renders, builds
 * summaries and saves. An edit applies to each targeted source relative to that source's own plan,
 * so "make it 2 seconds shorter" shortens every clip by 2 s from where each one is.
 */
export function decideTurn(
  session: Session,
  text: string,
  interpret: InterpretFollowUp,
  explicitSource?: string,
): TurnDecision {
  const sources = session.sources.map((s) => ({ id: s.id, name: s.name }));
  const ctxFor = (id: string | null) => {
    const src = id ? session.sources.find((s) => s.id === id) : session.sources[0];
    return { sourceName: src?.name, sourceDurationMs: src?.info.durationMs ?? undefined, sources };
  };
  const current = session.plans;
  const probe = interpret(
    text,
    explicitSource ? planOf(current, explicitSource) : current.base,
    ctxFor(explicitSource ?? null),
  );
  switch (probe.kind) {
    case "undo":
      return step(session, "undo", session.undo, session.redo);
    case "redo":
      return step(session, "redo", session.redo, session.undo);
    case "intent":
      return intentTurn(session, probe.intent);
    case "edit":
      return editTurn(session, probe, explicitSource, (id) => interpret(text, planOf(current, id), ctxFor(id)));
  }
}

function unchanged(
  session: Session,
  kind: TurnKind,
  reply: string,
  render: TurnDecision["render"] = null,
): TurnDecision {
  return {
    kind,
    plans: session.plans,
    undo: session.undo,
    redo: session.redo,
    target: null,
    changes: [],
    render,
    reply,
  };
}

/** Undo and redo: move one state from one stack to the other. */
function step(session: Session, kind: "undo" | "redo", from: PlanState[], to: PlanState[]): TurnDecision {
  const state = from.at(-1);
  if (!state) return unchanged(session, kind, `There is nothing to ${kind}.`);
  const moved = [...to, session.plans].slice(-MAX_UNDO);
  return {
    kind,
    plans: state,
    undo: kind === "undo" ? from.slice(0, -1) : moved,
    redo: kind === "undo" ? moved : from.slice(0, -1),
    target: null,
    changes: [kind === "undo" ? "undid the last change" : "redid the change"],
    render: previewAll(session),
    reply: kind === "undo" ? "Undone." : "Redone.",
  };
}

function intentTurn(session: Session, intent: Extract<FollowUp, { kind: "intent" }>["intent"]): TurnDecision {
  const ids = session.sources.map((s) => s.id);
  switch (intent) {
    case "status":
      return unchanged(
        session,
        "status",
        ids.length ? "Here is where the edit stands." : `No clips yet. ${UPLOAD_HELP}`,
      );
    case "export":
      if (ids.length === 0) return unchanged(session, "export", `There is nothing to export yet. ${UPLOAD_HELP}`);
      return unchanged(
        session,
        "export",
        ids.length > 1 ? `Exporting ${ids.length} videos.` : "Exporting your video.",
        { kind: "export", sourceIds: ids },
      );
    case "credits":
      return unchanged(session, "credits", "");
    case "upload":
      return unchanged(session, "upload", UPLOAD_HELP);
    case "help":
      return unchanged(session, "help", HELP);
  }
}

function editTurn(
  session: Session,
  edit: Extract<FollowUp, { kind: "edit" }>,
  explicitSource: string | undefined,
  relativeTo: (sourceId: string) => FollowUp,
): TurnDecision {
  const target = explicitSource ? [explicitSource] : (edit.target?.sourceIds ?? null);
  const ids = target ?? session.sources.map((s) => s.id);
  const bySource = { ...session.plans.bySource };
  const changes = new Set(edit.changes);
  for (const id of ids) {
    const own = relativeTo(id);
    if (own.kind !== "edit") continue;
    bySource[id] = own.plan;
    for (const c of own.changes) changes.add(c);
  }
  // An untargeted edit also moves the base, so clips added later start from it.
  const plans: PlanState = {
    base: target === null ? edit.plan : session.plans.base,
    bySource,
    draft: session.plans.draft,
  };
  const said = [...changes];
  return {
    kind: "edit",
    plans,
    undo: [...session.undo, session.plans].slice(-MAX_UNDO),
    redo: [],
    target,
    changes: said,
    // "export it as a gif": the change, then the final render instead of a preview.
    render: ids.length ? { kind: edit.thenExport ? "export" : "preview", sourceIds: ids } : null,
    reply: said.length
      ? `Done: ${said.join("; ")}.${edit.thenExport && ids.length ? " Exporting now." : ""}`
      : `I could not find a change to make in that. ${HELP}`,
  };
}

function previewAll(session: Session): TurnDecision["render"] {
  return session.sources.length ? { kind: "preview", sourceIds: session.sources.map((s) => s.id) } : null;
}
