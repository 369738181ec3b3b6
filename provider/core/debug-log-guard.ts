// With `--debug`, @pulumi/pulumi logs every RPC response the program gets, and a RegisterResource response carries the
// resource's outputs with secret values in clear inside their secret envelopes (a password Telnyx generated, for
// one). Any program with a secret output leaks this way (test/e2e/engine-leaks.test.ts shows it without this
// package). The program process loads this package, so it cuts the response out of those lines, and only those.

const RPC_RESPONSE = /(RPC finished:[\s\S]*?), resp: [\s\S]*$/;

let guarded = false;

export function guardDebugLog(): void {
  if (guarded) return;
  guarded = true;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const log = require("@pulumi/pulumi/log") as { debug: (msg: string, ...rest: unknown[]) => unknown };
  const debug = log.debug;
  log.debug = (msg: string, ...rest: unknown[]) =>
    debug(typeof msg === "string" ? msg.replace(RPC_RESPONSE, "$1, resp: [omitted by pulumi-telnyx-sip: it may hold secrets]") : msg, ...rest);
}
