import * as pulumi from "@pulumi/pulumi";
import { DEFAULT_BASE_URL } from "./core/settings";

export interface AccountArgs {
  /** The account's API key. Kept in the state only encrypted, as a Pulumi secret. */
  apiKey: pulumi.Input<string>;
  /** Default https://api.telnyx.com/v2. */
  baseUrl?: pulumi.Input<string>;
}

/** What a lookup needs of an account. */
export interface AccountSettings {
  apiKey: string;
  baseUrl: string;
}

/**
 * Another Telnyx account than the stack config's `telnyx:apiKey`, so one program can manage several: pass it as the
 * `provider` resource option (or in a component's `providers`) and as `account` to a lookup.
 *
 * It is an explicit instance of the provider every resource here runs in, configured with this account's key and
 * URL where the default one reads the stack config; resources remember it by URN, so rotating the key in the
 * program reaches refresh and destroy after the next `pulumi up` (or at once with --run-program).
 */
export class Account extends pulumi.ProviderResource {
  /** The key (secret) and URL, for lookups, which run in the program. */
  readonly settings: pulumi.Output<AccountSettings>;

  constructor(name: string, args: AccountArgs, opts?: pulumi.ResourceOptions) {
    const apiKey = pulumi.secret(args.apiKey);
    const baseUrl = pulumi.output(args.baseUrl ?? DEFAULT_BASE_URL);
    // The keys the provider's configure() reads, as in the stack config (see core/settings.ts).
    super("pulumi-nodejs", name, { "telnyx:apiKey": apiKey, "telnyx:baseUrl": baseUrl }, opts);
    this.settings = pulumi.secret(pulumi.all([apiKey, baseUrl]).apply(([key, url]) => ({ apiKey: key, baseUrl: url })));
  }
}
