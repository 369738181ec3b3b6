// The floor of a small stack: the dynamic resources a real stack holds after `up`, as the config of the mirror
// program (test/fixtures/bench/mirror): same names, declared inputs and dependencies, none of our provider's keys.

export interface MirroredResource {
  name: string;
  type: string;
  inputs: Record<string, unknown>;
  secrets: string[];
  dependsOn: string[];
}

interface ExportedResource {
  urn: string;
  type: string;
  inputs?: Record<string, unknown>;
  dependencies?: string[];
}

/** How the state marks an encrypted value. */
const SECRET_SIG = "4dabf18193072939515e22adb298388d";
const isSecret = (v: unknown) => typeof v === "object" && v !== null && SECRET_SIG in v;

/** Secrets are marked at the leaf (`externalUacSettings.password`): look inside objects and arrays too. */
const holdsSecret = (v: unknown): boolean =>
  isSecret(v) || (typeof v === "object" && v !== null && Object.values(v).some(holdsSecret));

/** `v` with every secret in it, at any depth, replaced by the floor's placeholder. */
function withPlaceholders(v: unknown): unknown {
  if (isSecret(v)) return "floor-secret";
  if (Array.isArray(v)) return v.map(withPlaceholders);
  if (typeof v === "object" && v !== null) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, withPlaceholders(x)]));
  return v;
}

/** Keys our provider adds for itself (`__provider`, `__token`, ...; `adoptId`): not the program's declarations. */
const isOurs = (key: string) => key.startsWith("__") || key === "adoptId";

const nameOf = (urn: string) => urn.slice(urn.lastIndexOf("::") + 2);

/** Secrets become a placeholder of the floor's own: their ciphertext cannot be read back, and need not be. */
export function mirrorOf(resources: ExportedResource[]): MirroredResource[] {
  const dynamic = resources.filter((r) => r.type.startsWith("pulumi-nodejs:dynamic/"));
  const names = new Set(dynamic.map((r) => nameOf(r.urn)));
  return dynamic.map((r) => {
    const declared = Object.entries(r.inputs ?? {}).filter(([key]) => !isOurs(key));
    return {
      name: nameOf(r.urn),
      type: r.type.slice(r.type.lastIndexOf(":") + 1),
      inputs: Object.fromEntries(declared.map(([key, value]) => [key, withPlaceholders(value)])),
      // A top-level input holding a secret anywhere goes secret whole in the mirror: the floor does as much work.
      secrets: declared.filter(([, value]) => holdsSecret(value)).map(([key]) => key),
      dependsOn: (r.dependencies ?? []).map(nameOf).filter((name) => names.has(name)),
    };
  });
}

/** The same resources with one input of one of them set to `value`: the floor's "one changed field". */
export function withChange(mirror: MirroredResource[], resource: string, field: string, value: string): MirroredResource[] {
  if (!mirror.some((r) => r.name === resource)) throw new Error(`the mirrored stack has no resource "${resource}"`);
  return mirror.map((r) => (r.name === resource ? { ...r, inputs: { ...r.inputs, [field]: value } } : r));
}
