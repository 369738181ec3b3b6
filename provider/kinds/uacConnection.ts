import { kindProvider } from "../core/kind-provider";

// The dynamic provider of every uacConnection resource: Pulumi stores `require()` of this module in each one's state.
export = kindProvider(() => "uacConnection");
