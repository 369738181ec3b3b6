// Without --run-program, `pulumi refresh` and `pulumi destroy` configure the provider from the state: the stack
// config (or an Account's key) as it was at the last `up`. A key rotated since then is refused by the API; say why.

import { STACK_CONFIG_SETTINGS, type TelnyxSettingNames } from "../../sdk/errors";

/**
 * The error, with the likely cause added when the API refused the key during a refresh or destroy; `names` are the
 * settings the key was given with (the stack config's, or the provider plugin's).
 */
export function withSavedConfigHint(err: unknown, operation: "refresh" | "destroy", names: TelnyxSettingNames = STACK_CONFIG_SETTINGS): unknown {
  if (!(err instanceof Error) || !(err as { isAuth?: boolean }).isAuth) return err;
  err.message +=
    `. A ${operation} without --run-program uses the API key saved at the last \`pulumi up\`: after rotating ` +
    `${names.apiKey} or ${names.perResourceKey}, run \`pulumi ${operation} --run-program\` (or set PULUMI_RUN_PROGRAM=true) ` +
    "to use the current one";
  return err;
}
