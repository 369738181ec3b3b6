import { resolvePendingCreate } from "../../provider";

type Json = Record<string, any>;

/**
 * The checkpoint with every pending create resolved: one that made its object becomes a resource with that id (its
 * inputs standing in for outputs until the refresh that follows reads the object); one that made nothing is dropped.
 */
export async function resolvePendingCreates(
  deployment: Json,
  config: Record<string, string | undefined>,
  say: (line: string) => void,
): Promise<{ deployment: Json; changed: boolean }> {
  const pending: Json[] = deployment.pending_operations ?? [];
  const creates = pending.filter((op) => op.type === "creating");
  if (creates.length === 0) return { deployment, changed: false };
  const resources: Json[] = [...(deployment.resources ?? [])];
  const kept: Json[] = pending.filter((op) => op.type !== "creating");
  for (const op of creates) {
    const { urn, inputs = {} } = op.resource;
    const outcome = await resolvePendingCreate(config, { urn, inputs });
    if (outcome.kind === "made") {
      resources.push({ ...op.resource, id: outcome.id, outputs: inputs });
      say(`adopted ${urn}: its interrupted create had made ${outcome.id}`);
    } else if (outcome.kind === "not made") {
      say(`forgot ${urn}: its interrupted create made nothing`);
    } else {
      kept.push(op);
      say(`left ${urn} pending: not a pulumi-telnyx-sip resource (resolve it with \`pulumi refresh\`)`);
    }
  }
  return { deployment: { ...deployment, resources, pending_operations: kept }, changed: true };
}
