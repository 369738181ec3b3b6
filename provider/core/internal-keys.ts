// The keys the provider keeps beside the API's fields in a resource's inputs and outputs: part of the state format,
// so every reader (handlers, recovery of killed creates, the resource class, the providers) names them from here.
import { NAME_SEED_LENGTH } from "../ownership/identity";
import { decodePrivate, encodePrivate, PRIVATE, type PrivateState } from "./private-state";

export { PRIVATE, type PrivateState };

/**
 * `"<seed> <name>"`: the resource's name seed, stable per URN (identity.ts, of fixed length), and its name in the
 * program, as the program sets them. Check moves them into PRIVATE (private-state.ts) with what it adds; 0.3 kept
 * this key and the others below in the state, and every reader still takes them.
 */
export const NAME = "__naming";
/** What 0.2 and earlier stored instead of NAME: the name and the seed in keys of their own. */
export const LEGACY_NAME = "__resourceName";
const LEGACY_NAME_SEED = "__nameSeed";
/**
 * The resource's kind, in the inputs and outputs of resources created before 0.3.0 (see dispatch.ts); since then the
 * provider module stored with each resource is its kind's own, and readers of the state take the kind from the
 * resource's type (type-token.ts).
 */
export const LEGACY_KIND = "__kind";
/**
 * The fields the program declared: in 0.3, one string of paths ("inbound.codecs dtmfType"); in 0.2, an object; now
 * in PRIVATE, or here as an object when a field's name cannot be written as a path (outputs.ts).
 */
export const DECLARED = "__declared";
/** The keys of 0.3 for what PRIVATE holds now. */
const LEGACY_AUTO_NAMED = "__autoNamed";
const LEGACY_TOKEN = "__token";
const LEGACY_OWNED_BY = "__ownedBy";
const LEGACY_BASE_URL = "__baseUrl";
const LEGACY_ADOPTED = "__adopted";
const LEGACY_ADOPT_NOW = "__adoptOnCreate";
/** Their names up to 0.2. */
const OLDEST_TOKEN = "__createToken";
const OLDEST_OWNED_BY = "__ownershipToken";
/** What earlier versions stored instead of the seed and the ownership token. */
export const LEGACY_MARKER = "__marker";
/** What `pulumi:autonaming` says the name is when the program gives none (autonaming.ts). */
export const AUTO_NAME = "__autoName";

type Props = Record<string, unknown>;

/** The value of NAME, from a seed of nameSeed(): its length is fixed, so the name after it may hold any character. */
export const naming = (seed: string, name: string): string => `${seed} ${name}`;

const text = (value: unknown): string | undefined => (typeof value === "string" ? value : undefined);

/**
 * What the provider keeps for itself in these inputs or outputs, whichever version wrote them: PRIVATE, the keys of
 * 0.3 (and the program's NAME), the keys of 0.2 and the marker of earlier versions.
 */
export function privateOf(props: Props | undefined): PrivateState {
  const p = props ?? {};
  const stored = typeof p[PRIVATE] === "string" ? decodePrivate(p[PRIVATE] as string) : {};
  const named = text(p[NAME]);
  const marker = text(p[LEGACY_MARKER]);
  const legacyDeclared = text(p[DECLARED]);
  return {
    seed: stored.seed ?? named?.slice(0, NAME_SEED_LENGTH) ?? text(p[LEGACY_NAME_SEED]) ?? marker,
    name: stored.name ?? named?.slice(NAME_SEED_LENGTH + 1) ?? text(p[LEGACY_NAME]),
    token: stored.token ?? text(p[LEGACY_TOKEN]) ?? text(p[OLDEST_TOKEN]),
    ownedBy: stored.ownedBy ?? text(p[LEGACY_OWNED_BY]) ?? text(p[OLDEST_OWNED_BY]) ?? marker,
    baseUrl: stored.baseUrl ?? text(p[LEGACY_BASE_URL]),
    account: stored.account,
    before: stored.before,
    declared: stored.declared ?? legacyDeclared?.split(" ").filter((path) => path !== ""),
    autoNamed: stored.autoNamed || p[LEGACY_AUTO_NAMED] === true,
    adopted: stored.adopted || p[LEGACY_ADOPTED] === true,
    adoptNow: stored.adoptNow || p[LEGACY_ADOPT_NOW] === true,
  };
}

/** Every key some version kept the provider's own facts under, but NAME's successor and DECLARED's object form. */
const PRIVATE_KEYS = [
  NAME, LEGACY_NAME, LEGACY_NAME_SEED, LEGACY_MARKER, LEGACY_AUTO_NAMED, LEGACY_TOKEN, OLDEST_TOKEN, LEGACY_OWNED_BY,
  OLDEST_OWNED_BY, LEGACY_BASE_URL, LEGACY_ADOPTED, LEGACY_ADOPT_NOW,
];

/**
 * `props` with `state` as its private state, in the one key of this version (none when there is nothing to keep), and
 * none of the keys of earlier ones.
 */
export function withPrivate<T extends Props>(props: T, state: PrivateState): T {
  const out: Props = { ...props };
  for (const key of PRIVATE_KEYS) if (key in out) delete out[key];
  if (typeof out[DECLARED] === "string") delete out[DECLARED];
  const encoded = encodePrivate(state);
  if (encoded === "") delete out[PRIVATE];
  else out[PRIVATE] = encoded;
  return out as T;
}

/** The resource's name in the program, from inputs of any version. */
export const resourceNameOf = (inputs: Props): string | undefined => privateOf(inputs).name;

/** The resource's name seed, from inputs of any version (the oldest stored a marker in its place). */
export const nameSeedOf = (inputs: Props): string => String(privateOf(inputs).seed);
