import { randomBytes, randomInt, randomUUID } from "node:crypto";

/** Telnyx ids for connections, fqdns and profiles are int64 rendered as ~19-digit strings. */
export function numericId(): string {
  let digits = String(randomInt(1, 10));
  while (digits.length < 19) digits += String(randomInt(0, 10));
  // Keep below 2^63 so clients that parse ids as int64 never overflow.
  return digits[0] === "9" ? "8" + digits.slice(1) : digits;
}

export function uuid(): string {
  return randomUUID();
}

export function hex(chars: number): string {
  return randomBytes(Math.ceil(chars / 2)).toString("hex").slice(0, chars);
}

const ALNUM = "abcdefghijklmnopqrstuvwxyz0123456789";

/** Random lower-case alphanumerics, used for generated SIP user names and passwords. */
export function alnum(chars: number): string {
  let out = "";
  for (let i = 0; i < chars; i++) out += ALNUM[randomInt(0, ALNUM.length)];
  return out;
}
