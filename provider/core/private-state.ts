// What the provider keeps for itself beside the API's fields, in a resource's inputs and in its outputs: one string
// under one key, as a Terraform provider keeps its private state in one opaque value. The engine's work on every
// checkpoint grows with the number of values in the state: ten more values per resource cost a 200-resource
// `destroy` half a second of engine CPU (docs/benchmarks.md), so the provider's own facts share one value.

/** The key, in inputs and in outputs. */
export const PRIVATE = "__private";

export interface PrivateState {
  /** The resource's name seed (identity.ts), from the program: in inputs. */
  seed?: string;
  /** The resource's name in the program (auto-names and messages): in inputs. */
  name?: string;
  /** The token the create tags its object with: in inputs. A pending create is recovered by it. */
  token?: string;
  /** The token the object carries, kept on every PATCH of its tags: in outputs. */
  ownedBy?: string;
  /** The API URL the object lives at (location.ts): in outputs. */
  baseUrl?: string;
  /** The fingerprint of the API key that last reached the object (ownership/account.ts): in outputs. */
  account?: string;
  /**
   * Untagged kinds only: the ids of the objects that had the create's key when check listed it, none of which can
   * be the create's own (ownership/find-made.ts): in inputs, so that a killed run's pending create holds them too.
   */
  before?: readonly string[];
  /** The paths of the fields the program declared ("inbound.codecs", see outputs.ts): in outputs, for refresh. */
  declared?: readonly string[];
  /** The name was given automatically, so it is kept whatever the autonaming config says later. */
  autoNamed?: boolean;
  /** The object was taken over with adoptId. */
  adopted?: boolean;
  /** Only on the create that takes an object over. */
  adoptNow?: boolean;
}

// One entry per fact, in this order, separated by spaces; the name, which may hold spaces, comes last.
const VALUES = [["s", "seed"], ["t", "token"], ["o", "ownedBy"], ["u", "baseUrl"], ["k", "account"]] as const;
const FLAGS = [["a", "autoNamed"], ["d", "adopted"], ["c", "adoptNow"]] as const;

const spaceless = (value: string, what: string): string => {
  if (/\s/.test(value)) throw new Error(`internal error: the provider's ${what} "${value}" holds a space`);
  return value;
};

export function encodePrivate(state: PrivateState): string {
  const entries: string[] = [];
  for (const [letter, key] of VALUES) if (state[key] !== undefined) entries.push(`${letter}=${spaceless(state[key]!, key)}`);
  for (const [letter, key] of FLAGS) if (state[key]) entries.push(letter);
  if (state.declared) entries.push(`f=${state.declared.map((p) => spaceless(p, "declared path")).join(",")}`);
  if (state.before) entries.push(`b=${state.before.map((id) => spaceless(id, "object id")).join(",")}`);
  if (state.name !== undefined) entries.push(`n=${state.name}`);
  return entries.join(" ");
}

const decoded = new Map<string, Readonly<PrivateState>>();

/**
 * The facts `text` holds. Memoized, frozen: each call of the engine reads a resource's private state several times
 * (the location check, the handler, the outputs), and a refresh of 200 resources made a thousand decodes.
 */
export function decodePrivate(text: string): Readonly<PrivateState> {
  let state = decoded.get(text);
  if (state === undefined) {
    if (decoded.size >= 10_000) decoded.clear();
    decoded.set(text, (state = parse(text)));
  }
  return state;
}

function parse(text: string): Readonly<PrivateState> {
  const state: PrivateState = {};
  let rest = text;
  while (rest !== "") {
    if (rest.startsWith("n=")) {
      state.name = rest.slice(2);
      break;
    }
    const end = rest.indexOf(" ");
    const entry = end < 0 ? rest : rest.slice(0, end);
    rest = end < 0 ? "" : rest.slice(end + 1);
    const [letter, ...value] = entry.split("=");
    const valueKey = VALUES.find(([l]) => l === letter)?.[1];
    const flagKey = FLAGS.find(([l]) => l === letter)?.[1];
    if (valueKey && value.length > 0) state[valueKey] = value.join("=");
    else if (flagKey && value.length === 0) state[flagKey] = true;
    else if (letter === "f" && value.length > 0) state.declared = value.join("=").split(",").filter((p) => p !== "");
    else if (letter === "b" && value.length > 0) state.before = Object.freeze(value.join("=").split(",").filter((id) => id !== ""));
    // Anything else is from a later version: ignored, as the keys of a later version would be.
  }
  if (state.declared) Object.freeze(state.declared);
  return Object.freeze(state);
}
