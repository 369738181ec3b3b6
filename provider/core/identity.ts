import { createHash, randomBytes } from "node:crypto";

// Two identities, kept apart on purpose:
// - the resource's name seed, stable per project, stack and full URN path (parents included), gives auto-names;
// - the create token, new for every create, tags the object that create makes. Only an object carrying that token
//   (or, for objects without tags, with the same key and made after the token was issued) is ever taken over, so a
//   replacement, another resource, another stack or the portal can never hand a create someone else's object.

/** Hex digits in a name seed: the state stores it in front of the name (internal-keys.ts), so its length is fixed. */
export const NAME_SEED_LENGTH = 16;

/** Same project, stack, parents, type and name: same seed, in every run. */
export function nameSeed(project: string, stack: string, parents: string[], kind: string, name: string): string {
  // Top-level resources keep the seed of earlier versions, so their auto-names never change on upgrade.
  const path = [...parents, kind, name].join("/");
  return createHash("sha256").update(`${project}/${stack}/${path}`).digest("hex").slice(0, NAME_SEED_LENGTH);
}

/**
 * A token for one create: when it was issued (base 36 ms) and 64 random bits, in base 36 too (13 characters where
 * hex takes 16: the token is stored with every resource). Tokens of earlier versions, with hex bits, read the same.
 */
export const newCreateToken = (now: number = Date.now()): string =>
  `${now.toString(36)}-${BigInt(`0x${randomBytes(8).toString("hex")}`).toString(36).padStart(13, "0")}`;

/** When a token was issued, in ms since the epoch: nothing made before it can be the work of its create. */
export function tokenIssuedAt(token: string | undefined): number | undefined {
  const ms = token ? parseInt(token.split("-")[0], 36) : NaN;
  return Number.isFinite(ms) ? ms : undefined;
}

/**
 * How far the API's clock may run behind ours. An untagged object (IP, FQDN, access IP range) is recognised as a
 * create's own only when the API says it was made no earlier than this before the create's token was issued.
 */
export const CLOCK_SKEW_MS = 120_000;
