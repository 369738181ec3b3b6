import * as pulumi from "@pulumi/pulumi";
import type { TelnyxClient, TelzinoClient } from "../../sdk";
import type { Account } from "../account";
import { readSettings } from "../core/settings";
import { telnyxClientFor, telzinoClientFor } from "../core/clients";

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

/**
 * A lookup's Output form: runs once its arguments and the account's key are known, so an unknown one (in preview)
 * makes the result unknown instead of waiting for it. The result holds no key, so the key's secrecy does not spread.
 */
export const lookupOutput = <A, R>(
  args: unknown,
  opts: LookupOptions | undefined,
  lookup: (args: A, opts?: LookupOptions) => Promise<R>,
): pulumi.Output<R> => {
  const account = opts?.account ? pulumi.unsecret(opts.account.settings) : undefined;
  return pulumi.all([pulumi.output(args), account]).apply(([a]) => lookup(a as A, opts));
};
