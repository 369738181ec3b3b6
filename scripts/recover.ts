import type { Stack } from "@pulumi/pulumi/automation";

/**
 * Makes a stack usable again after `pulumi up` was killed: removes the dead run's lock (what `pulumi cancel` does on a
 * file backend) and forgets creates it had started but not recorded (`pulumi refresh --clear-pending-creates`). No
 * duplicate follows: the provider's create-once finds any object such a create made and takes it over on the next up.
 */
export async function recover(stack: Stack): Promise<{ clearedPendingCreates: number }> {
  await stack.cancel();
  const pending = (await stack.exportStack()).deployment.pending_operations ?? [];
  if (pending.length > 0) await stack.refresh({ clearPendingCreates: true });
  return { clearedPendingCreates: pending.length };
}
