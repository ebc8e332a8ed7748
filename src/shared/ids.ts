import { randomBytes } from "node:crypto";

const ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz"; // Crockford base32, lower case

function base32(bytes: Uint8Array): string {
  let bits = 0;
  let value = 0;
  let out = "";
  for (const b of bytes) {
    value = (value << 8) | b;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += ALPHABET[(value << (5 - bits)) & 31];
  return out;
}

/**
 * Time-ordered ids (ULID-like: 10 chars of millisecond time, 16 of randomness), so sorting ids
 * sorts by creation and an id can serve as a pagination cursor.
 */
export function newId(prefix: string, now = Date.now()): string {
  let t = now;
  let time = "";
  for (let i = 0; i < 10; i++) {
    time = ALPHABET[t % 32] + time;
    t = Math.floor(t / 32);
  }
  return `${prefix}_${time}${base32(randomBytes(10))}`;
}

export const ID_PATTERN = /^[a-z]+_[0-9a-z]{26}$/;

/** Whether `id` is one of ours of the given kind ("job", "ses", "upl"): safe in paths and keys. */
export function isId(id: string, prefix: string): boolean {
  return id.startsWith(`${prefix}_`) && ID_PATTERN.test(id);
}
