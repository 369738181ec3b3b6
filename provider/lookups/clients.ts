import * as pulumi from "@pulumi/pulumi";
import type { TelnyxClient, TelzinoClient } from "../../sdk";
import type { Account } from "../account";
import { readSettings, telnyxClientFor, telzinoClientFor } from "../core/settings";

// Lookups run in the program itself, not in the provider process, so they read the same stack config
// (`telnyx:apiKey`, `telnyx:baseUrl`, `telzino:*`) through the program's runtime, or the account they are given.
const programSettings = () => readSettings({ get: (key) => pulumi.runtime.getConfig(key) });

export interface LookupOptions {
  /** Look up in this account instead of the stack config's. */
  account?: Account;
}

/** An Output's value once known (an account's key from config is known in preview too). */
const valueOf = <T>(output: pulumi.Output<T>): Promise<T> => new Promise((resolve) => output.apply(resolve));

export async function programTelnyx(opts: LookupOptions = {}): Promise<TelnyxClient> {
  const account = opts.account ? await valueOf(opts.account.settings) : {};
  return telnyxClientFor({ ...programSettings(), ...account });
}
export const programTelzino = (): TelzinoClient => telzinoClientFor(programSettings());
