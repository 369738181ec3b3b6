import { createHash, randomBytes } from "node:crypto";

// Two identities, kept apart on purpose:
// - the resource's name seed, stable per project, stack and full URN path (parents included), gives auto-names and
//   tells which stack resource an ownership tag belongs to;
// - the create token, new for every create (and every adoption), tags the object that create makes or takes over.

/** Hex digits in a name seed: the state stores it in front of the name (internal-keys.ts), so its length is fixed. */
export const NAME_SEED_LENGTH = 16;

/** Same project, stack, parents, type and name: same seed, in every run. */
export function nameSeed(project: string, stack: string, parents: string[], kind: string, name: string): string {
  // Top-level resources keep the seed of earlier versions, so their auto-names never change on upgrade.
  const path = [...parents, kind, name].join("/");
  return createHash("sha256").update(`${project}/${stack}/${path}`).digest("hex").slice(0, NAME_SEED_LENGTH);
}

/**
 * A token for one create: when it was issued (base 36 ms), 64 random bits (base 36) and the seed of the resource it
 * was issued for. The seed lets any later process tell, from the object alone, which stack resource tagged it. Tokens
 * of 0.4 and earlier have no seed.
 */
export const newCreateToken = (seed: string | undefined, now: number = Date.now()): string => {
  const bits = BigInt(`0x${randomBytes(8).toString("hex")}`).toString(36).padStart(13, "0");
  return seed ? `${now.toString(36)}-${bits}-${seed}` : `${now.toString(36)}-${bits}`;
};

/** When a token was issued, in ms since the epoch: nothing made before it can be the work of its create. */
export function tokenIssuedAt(token: string | undefined): number | undefined {
  const ms = token ? parseInt(token.split("-")[0], 36) : NaN;
  return Number.isFinite(ms) ? ms : undefined;
}

/** The name seed of the resource a token was issued for; undefined for tokens of 0.4 and earlier. */
export function tokenSeed(token: string | undefined): string | undefined {
  // Stryker disable next-line OptionalChaining: its one caller (adoptionOf) passes a token.
  const seed = token?.split("-")[2];
  // Stryker disable next-line ConditionalExpression: adoptionOf compares the seed with the resource's own, which has
  // NAME_SEED_LENGTH digits, so a shorter third part (a hand-made tag) can never match either way.
  return seed && seed.length === NAME_SEED_LENGTH ? seed : undefined;
}
