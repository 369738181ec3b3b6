import { createHash } from "node:crypto";

// Which account an object lives in. Telnyx has no endpoint that names the account of a key without extra permissions,
// so the state records a fingerprint of the key that last reached the object: 48 bits of its SHA-256, which says
// nothing usable about a high-entropy key. A key that reaches the object proves the account (ids are unique across
// Telnyx), so a rotated key is recorded at its first successful call; only a 404 under a key that never reached the
// object is not taken as proof that the object is gone.

export const accountOf = (apiKey: string | undefined): string | undefined =>
  apiKey ? createHash("sha256").update(apiKey).digest("hex").slice(0, 12) : undefined;

/** Fails when a 404 for object `id` came under another key than the one the object was last reached with. */
export function assertSameAccount(title: string, id: string, recorded: string | undefined, current: string | undefined, operation: string): void {
  if (recorded === undefined || recorded === current) return;
  throw new Error(
    `${title} ${id} was not found with the API key this ${operation} uses, which is not the key it was last reached ` +
      "with: that is most likely a key of another account, so nothing was deleted or dropped from the state. Set " +
      "telnyx:apiKey (or the resource's Account) to a key of the account the object lives in. If the key is of the " +
      "same account and the object really was deleted, remove it from the state with `pulumi state delete <urn>`.",
  );
}
