import type { Intent } from "../../schema.js";
import type { Draft } from "../draft.js";

/**
 * Non-edit intents: "export it", "状态", "how many credits", "上传", "help". They only decide the
 * plan's intent when nothing in the instruction asks for an edit ("trim the pauses and export" is
 * an edit that ends in an export).
 */
const RULES: Array<[Intent, RegExp]> = [
  [
    "credits",
    /(?:\b(?:check|see|view|show|get|tell)\s+(?:me\s+)?(?:how\s+(?:many|much)\s+)?)?(?:\bhow\s+(?:many|much)\s+)?(?:\b(?:my\s+)?credits?(?:\s+balance)?\b|\b(?:(?:my|the|account)\s+)?balance\b|\bquota\b|(?:查(?:一下|看|询)?)?(?:我的?)?(?:还有|还剩|剩下?|剩余)?(?:多少)?(?:余额|积分|额度|点数)(?:的?(?:余额|积分|额度|点数))*)(?:\s+(?:do|have)\s+i\s+(?:have|got)(?:\s+(?:left|remaining))?|\s+(?:(?:are|is)\s+)?(?:left|remaining))?(?:\s+(?:on|in)\s+(?:my|the)\s+account)?(?:还有多少|还剩多少|剩多少|多少|还有)?|\bhow\s+much\s+(?:do\s+i\s+have\s+)?left\b|还剩多少/,
  ],
  [
    "status",
    /(?:\b(?:check|see|view|get|show)\s+(?:me\s+)?(?:the\s+|my\s+)?)?\bstatus\b(?:\s+(?:of|on|for)\s+(?:my|the|this|that)\s+(?:[a-z]+\s+)?[a-z]+)?|\bprogress\b|\bhow(?:'s|\s+is)\s+(?:it|my\s+[a-z]+|the\s+[a-z]+)\s+(?:going|coming(?:\s+along)?|doing)\b|\bshow\s+(?:me\s+)?(?:the\s+)?(?:tracks?|timeline|draft)\b|\bwhat(?:'s|\s+is)\s+on\s+the\s+timeline\b|\b(?:is|are|has|have|did)\s+(?:it|they|(?:my|the|this)\s+(?:[a-z]+\s+)?(?:video|clip|edit|render|export|job))\s+(?:done|ready|finished|finish|complete|completed)(?:\s+(?:rendering|processing|exporting|uploading))?(?:\s+yet)?\b|\bany\s+(?:updates?|news|progress)(?:\s+on\s+(?:it|this|that|(?:my|the)\s+[a-z]+))?\b|\b(?:status\s+)?update\s+on\s+(?:it|this|that|(?:my|the)\s+[a-z]+)\b|\bhow\s+(?:much\s+)?long(?:er)?\s+(?:till|until|til|before|will\s+it\s+take|does\s+it\s+take|left|to\s+go)\b(?:\s+(?:it(?:'s|\s+is)|it\s+will\s+be|my\s+[a-z]+\s+is)\s+(?:ready|done|finished))?|\bwhen\s+will\s+(?:it|(?:my|the)\s+[a-z]+)\s+be\s+(?:ready|done|finished)\b|\bwhere(?:'s|\s+is)\s+my\s+(?:video|clip|edit|render|export|file)\b|\beta\b|\bstill\s+(?:processing|rendering|working)\b|(?:显示|看看|查看)?(?:轨道|时间线)|(?:现在|目前)?(?:是)?(?:什么)?(?:状态|进度)(?:怎么样|如何)?|(?:做|弄|剪|渲染)?好了(?:吗|没有?)|完成了(?:吗|没有?)|还要多久/,
  ],
  ["upload", /\bupload(?:ing|ed)?\b(?:\s+(?:a|an|another|the|my|one|some)?\s*(?:different|new|other|second|better|fresh|more)?\s*(?:files?|videos?|clips?|ones?|versions?|footage|takes?))?|\bhere(?:'s|\s+is)\s+(?:my|the)\s+(?:video|clip|file)\b|上传/],
  [
    "export",
    /\bexport(?:ing|ed)?\b|\brender(?=\s+(?:it|this|that|the|my|out|as|in)\b)|^[\s\u0001]*render\b|\bdownload(?:\s+link)?\b|\bsend\s+(?:it|me|the\s+(?:video|file|clip|link|result)|over)\b(?:\s+(?:to\s+me|(?:the|a)\s+(?:video|file|link|result|download(?:\s+link)?|final(?:\s+(?:video|cut|version))?)))?|\bgive\s+me\s+(?:the|my)\s+(?:file|video|link|result)\b|\bsave\s+(?:it|the\s+video)\b|\b(?:send|save)\s+(?:it\s+|this\s+)?as\b(?=\s+(?:a\s+|an\s+)?[.a-z0-9]*\b(?:mp4|mov|webm|gif|mp3|wav|m4a|aac|jpe?g|png|file|video)\b)|导出|下载|发给我|生成视频|渲染/,
  ],
  [
    "help",
    /^[\s\u0001]*(?:help|\?+|commands|usage|menu)[\s\u0001]*$|\bwhat\s+(?:all\s+|else\s+|exactly\s+|even\s+)?(?:(?:kinds?|sorts?|types?)\s+of\s+)?(?:(?:things|stuff|edits|changes)\s+)?can\s+(?:you|it|this(?:\s+(?:thing|app|tool|bot|site|editor))?)\s+do\b|\bhow\s+(?:do|does|can)\s+(?:i|this|it|you)\s+(?:use|work)\b|\bhow\s+does\s+(?:this|it|the\s+(?:app|tool|bot|site|service|editor))(?:\s+(?:app|tool|thing|bot|site|service|editor))?\s+work\b|\bwhat\s+(?:are\s+the\s+|are\s+my\s+)?(?:commands|options|features)\b(?:\s+(?:are\s+there|do\s+(?:you|i)\s+have|can\s+i\s+use))?|\b(?:list|show)\s+(?:me\s+)?(?:the\s+|all\s+(?:the\s+)?)?(?:commands|options|features)\b|\bhelp\b|帮助|怎么用|你能做什么|有(?:哪些|什么)(?:功能|命令)|使用说明/,
  ],
];

export function intents(d: Draft): void {
  for (const cl of d.clauses) {
    for (const [intent, re] of RULES) {
      if (cl.take(re) && !d.intents.includes(intent)) d.intents.push(intent);
    }
  }
}
