import type { Kind } from "./handlers";
import { LEGACY_KIND } from "./internal-keys";
import { kindProvider } from "./kind-provider";

// The provider of resources created before 0.3.0: their state serializes this module for every resource, as
// `require("pulumi-telnyx-sip/dist/provider/core/dispatch.js")`, and names the resource's kind in `__kind`. Resources
// created since serialize their kind's own module (provider/kinds/), which carries the kind itself. The engine runs
// `refresh` and `destroy` with the provider stored in the outputs, so a resource keeps this one until its next update
// moves it to its kind's: until then its outputs keep `__kind`, which is how this module knows what they are.

type Props = Record<string, any>;

const provider = kindProvider(
  (props: Props) => props[LEGACY_KIND] as Kind,
  (outs: Props, kind: Kind) => ({ ...outs, [LEGACY_KIND]: kind }),
);

export const { configure, check, diff, create, read, update } = provider;
// `delete` is a reserved word: exported under its name all the same.
const remove = provider.delete!;
export { remove as delete };
