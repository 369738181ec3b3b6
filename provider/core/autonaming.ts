import * as pulumi from "@pulumi/pulumi";
import { createHash } from "node:crypto";

// Pulumi's `pulumi:autonaming` stack config (mode default | verbatim | disabled, or a pattern), resolved as the engine
// resolves it: the resource type's entry under providers.<package>.resources, else the package's, else the top level.
// The engine's own proposal never reaches a dynamic provider's check(), so the program applies the config itself.
// Random parts of a pattern come from the resource's marker, not from chance: a create retried after a crash must
// propose the same name to find what the lost attempt made (see marker.ts).

interface Naming {
  mode?: "default" | "verbatim" | "disabled";
  pattern?: string;
}
interface Section extends Naming {
  providers?: Record<string, Naming & { resources?: Record<string, Naming> }>;
}

/** The name to give a resource whose program leaves it out: `undefined` for the default, `false` when it must be given. */
export type AutoName = string | false | undefined;

const PACKAGE = "pulumi-nodejs";

function section(): Section | undefined {
  const raw = pulumi.runtime.getConfig("pulumi:autonaming");
  if (!raw) return undefined;
  try {
    return JSON.parse(raw) as Section;
  } catch {
    throw new pulumi.RunError(`pulumi:autonaming is not a JSON object: ${raw}`);
  }
}

const given = (n: Naming | undefined): n is Naming => !!n && (n.mode !== undefined || n.pattern !== undefined);

function namingFor(token: string): Naming | undefined {
  const config = section();
  const provider = config?.providers?.[PACKAGE];
  return [provider?.resources?.[token], provider, config].find(given);
}

/** Deterministic "random" characters: `count` of `alphabet`, drawn from the marker and the expression's position. */
function drawn(seed: string, alphabet: string, count: number): string {
  const bytes = createHash("sha256").update(seed).digest();
  return Array.from({ length: count }, (_, i) => alphabet[bytes[i % bytes.length] % alphabet.length]).join("");
}

function expand(pattern: string, name: string, marker: string): string {
  let position = 0;
  const seed = () => `${marker}/${position++}`;
  const hex = "0123456789abcdef";
  return pattern
    .replaceAll("${name}", name)
    .replaceAll("${organization}", pulumi.getOrganization())
    .replaceAll("${project}", pulumi.getProject())
    .replaceAll("${stack}", pulumi.getStack())
    .replace(/\$\{config\.([^}]+)\}/g, (_, key: string) => new pulumi.Config().require(key))
    .replace(/\$\{hex\((\d+)\)\}/g, (_, n: string) => drawn(seed(), hex, Number(n)))
    .replace(/\$\{alphanum\((\d+)\)\}/g, (_, n: string) => drawn(seed(), "abcdefghijklmnopqrstuvwxyz0123456789", Number(n)))
    .replace(/\$\{string\((\d+)\)\}/g, (_, n: string) => drawn(seed(), "abcdefghijklmnopqrstuvwxyz", Number(n)))
    .replace(/\$\{num\((\d+)\)\}/g, (_, n: string) => drawn(seed(), "0123456789", Number(n)))
    .replaceAll("${uuid}", () => {
      const h = drawn(seed(), hex, 32);
      return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
    });
}

/** What `pulumi:autonaming` says the name of this resource (type token, logical name) is when the program gives none. */
export function autonamingFor(token: string, name: string, marker: string): AutoName {
  const naming = namingFor(token);
  if (naming?.pattern !== undefined) return expand(naming.pattern, name, marker);
  if (naming?.mode === "verbatim") return name;
  if (naming?.mode === "disabled") return false;
  return undefined;
}
