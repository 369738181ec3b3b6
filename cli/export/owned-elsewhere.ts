import { ownershipTokenOf } from "../../sdk/ownership-tag";
import type { ResourceSpec } from "../../sdk/resource-spec";
import { resources, type ResourceKind } from "../../sdk/resources";
import type { AccountSnapshot } from "./snapshot";

/**
 * One warning per exported object that carries this package's ownership tag (sdk/ownership-tag.ts): some stack
 * created it and manages it, so deploying the export would put it under two stacks, each undoing the other's changes.
 */
export function ownedElsewhere(account: AccountSnapshot): string[] {
  return (Object.keys(account) as ResourceKind[]).flatMap((kind) =>
    account[kind]
      .filter((object) => ownershipTokenOf(object) !== undefined)
      .map((object) => {
        const title = (resources[kind] as unknown as ResourceSpec).title;
        return `warning: ${title} ${String(object.id)} was created by a pulumi-telnyx-sip stack (it carries its ownership tag): ` +
          "deploying this export would manage it from two stacks; remove it from the exported index.ts, or from the other " +
          "stack first (`pulumi state delete <urn>` there).";
      }),
  );
}
