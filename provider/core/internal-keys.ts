// The keys the provider keeps beside the API's fields in a resource's inputs and outputs: part of the state format,
// so every reader (handlers, recovery of killed creates, the resource class, the providers) names them from here.

/** The resource's name in the program (auto-names and messages). */
export const NAME = "__resourceName";
/**
 * The resource's kind, in the inputs and outputs of resources created before 0.3.0 (see dispatch.ts); since then the
 * provider module stored with each resource is its kind's own, and readers of the state take the kind from the
 * resource's type (type-token.ts).
 */
export const LEGACY_KIND = "__kind";
/** The skeleton of the fields the program declared ({inbound: {codecs: true}}): what refresh hands back. */
export const DECLARED = "__declared";
/** The name was given automatically, so it is kept whatever the autonaming config says later. */
export const AUTO_NAMED = "__autoNamed";
/** Stable per URN: seeds the auto-name (identity.ts). */
export const NAME_SEED = "__nameSeed";
/** The token the create tags its object with (identity.ts); a pending create is recovered by it. */
export const CREATE_TOKEN = "__createToken";
/** In outputs: the token the object carries, kept on every PATCH of its tags. */
export const OWNED_BY = "__ownershipToken";
/** The object was taken over with adoptId; `ADOPT_NOW` only on the create that takes it over. */
export const ADOPTED = "__adopted";
export const ADOPT_NOW = "__adoptOnCreate";
/** What earlier versions stored instead of the seed and the ownership token. */
export const LEGACY_MARKER = "__marker";
/** What `pulumi:autonaming` says the name is when the program gives none (autonaming.ts). */
export const AUTO_NAME = "__autoName";
