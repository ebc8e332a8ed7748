/** The longest instruction the API accepts (PRODUCT.md §6); `interpret` reads no further. */
export const MAX_INSTRUCTION_CHARS = 2000;

// C0/C1 controls except tab and newline, bidi embeddings/overrides/isolates (they can make a
// fragment display differently from what it says), and the private-use block, which the
// interpreter reserves for its own tokens. Lone surrogates would make the output invalid UTF-16.
const STRIP = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\uE000-\uF8FF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export interface Sanitized {
  text: string;
  truncated: boolean;
}

/** Makes any input safe to interpret: a string, at most MAX_INSTRUCTION_CHARS, no control codes. */
export function sanitize(input: unknown): Sanitized {
  let text = typeof input === "string" ? input : "";
  let truncated = false;
  if (text.length > MAX_INSTRUCTION_CHARS) {
    text = text.slice(0, MAX_INSTRUCTION_CHARS);
    truncated = true;
  }
  text = text.replace(/\r\n?/g, "\n").replace(STRIP, " ");
  return { text, truncated };
}
