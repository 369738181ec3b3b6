import { resolvePendingCreate } from "../../provider";

type Json = Record<string, any>;

/** The configuration of the provider a pending resource runs in: the stack's, or its sip.Account's. */
export type ConfigFor = (resource: Json) => Record<string, string | undefined>;

/**
 * The checkpoint with every pending create resolved: one that made its object becomes a resource with that id (its
 * inputs standing in for outputs until the refresh that follows reads the object); one that made nothing is dropped.
 * A create that was replacing a resource still in the state (a replacement created first) leaves that resource marked
 * for deletion, as the engine itself would have: the next `pulumi up` deletes it, and the state never holds one URN
 * twice as live. Everything the checkpoint cannot keep is named in what `say` prints.
 */
export async function resolvePendingCreates(
  deployment: Json,
  configFor: ConfigFor,
  say: (line: string) => void,
): Promise<{ deployment: Json; changed: boolean }> {
  const pending: Json[] = deployment.pending_operations ?? [];
  const creates = pending.filter((op) => op.type === "creating");
  if (creates.length === 0) return { deployment, changed: false };
  let resources: Json[] = [...(deployment.resources ?? [])];
  const kept: Json[] = pending.filter((op) => op.type !== "creating");
  for (const op of creates) {
    const { urn, inputs = {} } = op.resource;
    const outcome = await resolvePendingCreate(configFor(op.resource), { urn, inputs });
    if (outcome.kind === "made") {
      const live = resources.find((r) => r.urn === urn && !r.delete);
      if (live && String(live.id) === outcome.id) {
        say(`kept ${urn}: its interrupted create had taken over ${outcome.id}, which the state already holds`);
        continue;
      }
      if (live) {
        resources = resources.map((r) => (r === live ? { ...r, delete: true } : r));
        say(`marked ${live.id} of ${urn} for deletion: the replacement created first, ${outcome.id}, was made, and the next \`pulumi up\` deletes it`);
      }
      resources.push({ ...op.resource, id: outcome.id, outputs: inputs });
      say(`adopted ${urn}: its interrupted create had made ${outcome.id}`);
    } else if (outcome.kind === "not made") {
      say(`forgot ${urn}: its interrupted create made nothing`);
    } else if (outcome.kind === "unproven") {
      say(
        `forgot ${urn}: its interrupted create (made by an older version) cannot be told apart from ${outcome.candidates.join(", ")}, ` +
          "which have its key and are left as they are: delete the one it made, if any, or adopt it with adoptId",
      );
    } else {
      kept.push(op);
      say(
        `could not settle ${urn}: not a pulumi-telnyx-sip resource. If its interrupted create made an object, that ` +
          "object is not in the state: find it in its provider's console, then import it or delete it",
      );
    }
  }
  return { deployment: { ...deployment, resources, pending_operations: kept }, changed: true };
}
