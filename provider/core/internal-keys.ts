// The keys the provider keeps beside the API's fields in a resource's inputs and outputs: part of the state format,
// so every reader (handlers, recovery of killed creates, the resource class, the providers) names them from here.
import { NAME_SEED_LENGTH } from "./identity";

/**
 * `"<seed> <name>"`: the resource's name seed, stable per URN (identity.ts, of fixed length), and its name in the
 * program (auto-names and messages). One value of one key, set by the program: the engine stores an entry of
 * `propertyDependencies` per input key, and its work on each checkpoint grows with the number of values.
 */
export const NAME = "__naming";
/** What 0.2 and earlier stored instead of NAME: the name and the seed in keys of their own. */
export const LEGACY_NAME = "__resourceName";
export const LEGACY_NAME_SEED = "__nameSeed";
/**
 * The resource's kind, in the inputs and outputs of resources created before 0.3.0 (see dispatch.ts); since then the
 * provider module stored with each resource is its kind's own, and readers of the state take the kind from the
 * resource's type (type-token.ts).
 */
export const LEGACY_KIND = "__kind";
/** The fields the program declared ("inbound.codecs dtmfType", see outputs.ts): what refresh hands back. */
export const DECLARED = "__declared";
/** The name was given automatically, so it is kept whatever the autonaming config says later. */
export const AUTO_NAMED = "__autoNamed";
/** The token the create tags its object with (identity.ts); a pending create is recovered by it. */
export const CREATE_TOKEN = "__token";
/** In outputs: the token the object carries, kept on every PATCH of its tags. */
export const OWNED_BY = "__ownedBy";
/** Their names up to 0.2. */
export const LEGACY_CREATE_TOKEN = "__createToken";
export const LEGACY_OWNED_BY = "__ownershipToken";
/** The object was taken over with adoptId; `ADOPT_NOW` only on the create that takes it over. */
export const ADOPTED = "__adopted";
export const ADOPT_NOW = "__adoptOnCreate";
/** What earlier versions stored instead of the seed and the ownership token. */
export const LEGACY_MARKER = "__marker";
/** What `pulumi:autonaming` says the name is when the program gives none (autonaming.ts). */
export const AUTO_NAME = "__autoName";

type Props = Record<string, unknown>;

/** The value of NAME, from a seed of nameSeed(): its length is fixed, so the name after it may hold any character. */
export const naming = (seed: string, name: string): string => `${seed} ${name}`;

const namingOf = (inputs: Props): string | undefined => (typeof inputs[NAME] === "string" ? (inputs[NAME] as string) : undefined);

/** The resource's name in the program, from inputs of any version. */
export const resourceNameOf = (inputs: Props): string | undefined =>
  namingOf(inputs)?.slice(NAME_SEED_LENGTH + 1) ?? (inputs[LEGACY_NAME] as string | undefined);

/** The resource's name seed, from inputs of any version (the oldest stored a marker in its place). */
export const nameSeedOf = (inputs: Props): string =>
  String(namingOf(inputs)?.slice(0, NAME_SEED_LENGTH) ?? inputs[LEGACY_NAME_SEED] ?? inputs[LEGACY_MARKER]);

/** The create token in inputs of any version since 0.1 (the oldest stored a marker instead: see recovery.ts). */
export const createTokenOf = (inputs: Props): string | undefined =>
  (inputs[CREATE_TOKEN] ?? inputs[LEGACY_CREATE_TOKEN]) as string | undefined;

/** The token an object carries, from outputs of any version. */
export const ownedByOf = (outputs: Props | undefined): string | undefined =>
  (outputs?.[OWNED_BY] ?? outputs?.[LEGACY_OWNED_BY] ?? outputs?.[LEGACY_MARKER]) as string | undefined;
