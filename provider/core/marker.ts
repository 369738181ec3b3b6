import { createHash } from "node:crypto";

// Connections and outbound voice profiles have no unique key of their own (names may repeat), so the provider tags
// what it creates with a marker derived from the stack and resource name. If a create's response is lost, or
// `pulumi up` is killed before the state records it, the next attempt finds the tagged object and takes it over
// instead of creating a duplicate. The marker never shows in outputs or diffs.

const PREFIX = "pulumi-telnyx-sip:";

/** Same stack, project and resource name: same marker, in every run. */
export const markerFor = (project: string, stack: string, kind: string, name: string): string =>
  createHash("sha256").update(`${project}/${stack}/${kind}/${name}`).digest("hex").slice(0, 16);

export const markerTag = (marker: string): string => `${PREFIX}${marker}`;

type Obj = Record<string, unknown>;

/** The body with the marker tag added (for resources that have tags). */
export function withMarker(body: Obj, marker: string | undefined, hasTags: boolean): Obj {
  if (!marker || !hasTags) return body;
  const tags = Array.isArray(body.tags) ? (body.tags as string[]) : [];
  return { ...body, tags: [...tags.filter((t) => !t.startsWith(PREFIX)), markerTag(marker)] };
}

/** The API object as the program sees it: without our marker tag. */
export function withoutMarker(apiObject: Obj): Obj {
  if (!Array.isArray(apiObject.tags)) return apiObject;
  return { ...apiObject, tags: (apiObject.tags as string[]).filter((t) => !t.startsWith(PREFIX)) };
}
