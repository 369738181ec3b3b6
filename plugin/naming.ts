// What the TypeScript resource class adds to a resource's inputs before the engine sees them (provider/core/
// resource.ts): its name seed and name, which check turns into auto-names and the private state. A plugin resource
// gets them from its URN instead, so a program in any language names objects as the TypeScript one does.
import { nameSeed } from "../provider/ownership/identity";
import { NAME, naming } from "../provider/core/internal-keys";
import type { Props } from "./wire";

/** `urn:pulumi:<stack>::<project>::<parent types$type>::<name>` in parts. */
export function parseUrn(urn: string): { stack: string; project: string; parentTypes: string[]; name: string } {
  const [head, project, qualifiedType, ...rest] = urn.split("::");
  const types = (qualifiedType ?? "").split("$");
  return { stack: head.replace(/^urn:pulumi:/, ""), project, parentTypes: types.slice(0, -1), name: rest.join("::") };
}

/** The program's inputs with the seed and name the handlers expect, derived from the resource's URN. */
export function withNaming(news: Props, urn: string, kind: string): Props {
  const { stack, project, parentTypes, name } = parseUrn(urn);
  return { ...news, [NAME]: naming(nameSeed(project, stack, parentTypes, kind, name), name) };
}
