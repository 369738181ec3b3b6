// The engine checks a replacement's inputs with no old inputs at all, so a replaced resource that still says
// `adoptId` would look like a first adoption and take the adopted object over again. Two memories of this deployment
// (one provider process serves it all) tell the two engine paths apart from a first adoption:
// - a replacement decided by diff was checked once before with its old inputs: `seenInState`, by name seed;
// - `pulumi up --replace` checks only once, but an adopted resource is always replaced delete-first (resource.ts),
//   so its create finds the adopted object in `deletedThisRun` and makes a new one.

/** Old inputs of each resource checked against the state, by name seed. */
export const seenInState = new Map<string, Record<string, unknown>>();

/** `<kind>/<id>` of every object deleted in this run. */
export const deletedThisRun = new Set<string>();
