// eslint-disable-next-line @typescript-eslint/no-require-imports
const { DEFAULT_PASSPHRASE } = require("../../scripts/pulumi-env.js");

/**
 * Why `npm start` must not deploy to a real account with this environment, or undefined. Its local stacks encrypt
 * their secrets (the PBX passwords it generates) with the passphrase `pulumi-telnyx-sip-local` unless one is set, and
 * that passphrase is printed in the README: fine for the emulator, not for a real account's passwords.
 */
export function realAccountPassphraseProblem(env: NodeJS.ProcessEnv): string | undefined {
  if (!env.TELNYX_API_KEY) return undefined;
  if (env.PULUMI_CONFIG_PASSPHRASE_FILE || (env.PULUMI_CONFIG_PASSPHRASE && env.PULUMI_CONFIG_PASSPHRASE !== DEFAULT_PASSPHRASE)) return undefined;
  return (
    `TELNYX_API_KEY is set, so npm start would deploy to a real Telnyx account, and the stack's secrets (the SIP ` +
    `passwords it generates) would be encrypted with the public default passphrase "${DEFAULT_PASSPHRASE}". Set your ` +
    "own first: export PULUMI_CONFIG_PASSPHRASE=\"$(openssl rand -base64 24)\" (keep it: the stack's secrets cannot be " +
    "read without it), or PULUMI_CONFIG_PASSPHRASE_FILE=<file holding it>. A stack already created with the default one: " +
    "pulumi stack change-secrets-provider passphrase, with both set as it asks. Nothing was deployed."
  );
}
