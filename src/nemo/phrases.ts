/**
 * NEMO.md: the backend talks as if the user had its GUI. Our users have a job API, so sentences
 * that tell them to click, open or drag something are replaced by what promptcut does instead:
 *   "click Export"        → the export is run for them
 *   "open the panel"      → the session state is read for them
 *   "drag and drop"       → the edit is sent as a message (their instruction)
 *   "preview in timeline" → the timeline summary
 * Whole sentences are replaced, not phrases, so the result never reads as broken grammar. Pure.
 */

export interface PhraseContext {
  /** The job's timeline summary line, shown where the agent says "preview it in the timeline". */
  timelineSummary?: string | null | undefined;
}

interface Rule {
  test: RegExp;
  say: (ctx: PhraseContext, zh: boolean) => string;
}

const Q = `["'“”‘’「」]?`;
/** One pattern from its alternatives, so each phrasing family stays on a line of its own. */
const anyOf = (...alternatives: string[]) => new RegExp(alternatives.join("|"), "i");

const RULES: Rule[] = [
  {
    test: anyOf(
      `\\b(click|press|hit|tap|select|choose|use)\\s+(on\\s+)?(the\\s+)?${Q}export${Q}(\\s+(button|icon|tab))?`,
      `点击\\s*${Q}导出${Q}`,
      `点\\s*${Q}导出${Q}`,
    ),
    say: (_c, zh) => (zh ? "正在为你导出。" : "The export is being run for you."),
  },
  {
    test: /\bopen(ing)?\s+(up\s+)?(the\s+|your\s+)?([\w-]+\s+){0,2}(panel|sidebar|inspector)\b|打开.{0,6}面板/i,
    say: (_c, zh) => (zh ? "已为你读取当前的编辑状态。" : "The current state of the edit is read for you."),
  },
  {
    test: anyOf(
      String.raw`\bdrag(ging)?\s*(and|&|\/|-|n)\s*drop(ping)?\b`,
      String.raw`\bdrag\b[^.!?]*\b(onto|into|to)\s+the\s+(timeline|track|canvas)\b`,
      "拖拽|拖放|拖动",
    ),
    say: (_c, zh) =>
      zh
        ? "把想做的修改写进指令即可，它会作为消息发送。"
        : "Describe the change in your instruction; it is sent to the editor as a message.",
  },
  {
    test: anyOf(
      String.raw`\bpreview\b[^.!?]*\btimeline\b`,
      String.raw`\b(check|see|view|look at|review)\b[^.!?]*\b(in|on) the timeline\b`,
      "在时间线.{0,4}预览|预览.{0,6}时间线",
    ),
    say: (c, zh) =>
      c.timelineSummary
        ? `${c.timelineSummary}.`
        : zh
          ? "时间线摘要见任务详情。"
          : "The timeline summary is shown with the job.",
  },
];

const SENTENCE = /[^.!?。！？\n]+[.!?。！？]*[ \t]*\n*|\n+/g;
const CJK = /[\u3400-\u9fff]/;

export function translateGuiPhrases(text: string, ctx: PhraseContext = {}): string {
  const said = new Set<string>();
  let out = "";
  for (const m of text.matchAll(SENTENCE)) {
    const sentence = m[0];
    // "Click Export, or preview it in the timeline." asks for two things: answer both, in order.
    const hits = RULES.map((r) => ({ r, at: sentence.search(r.test) }))
      .filter((h) => h.at >= 0)
      .sort((a, b) => a.at - b.at);
    if (hits.length === 0) {
      out += sentence;
      continue;
    }
    const zh = CJK.test(sentence);
    // The same instruction twice reads as noise.
    const fresh = hits.map((h) => h.r.say(ctx, zh)).filter((s) => !said.has(s));
    if (fresh.length === 0) continue;
    for (const s of fresh) said.add(s);
    const trailing = /\s*$/.exec(sentence)?.[0] ?? "";
    out += fresh.join(zh ? "" : " ") + (trailing || (zh ? "" : " "));
  }
  return out.trim();
}
