import type { ResourceValidationPolicy } from "@pulumi/policy";
import { isAdopted } from "../adopted";
import { known } from "../known";
import { guardedField, REPORTED } from "../guarded-field";
import { label, telnyxKind } from "../telnyx-resource";

export interface PasswordConfig {
  minPasswordLength: number;
  minCharacterClasses: number;
}

const CLASSES = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^a-zA-Z0-9]/];

/** What is wrong with a password, never the password itself; undefined when it is strong enough. */
export function weakness(password: string, userName: string | undefined, cfg: PasswordConfig): string | undefined {
  if (password.length < cfg.minPasswordLength) return `is shorter than ${cfg.minPasswordLength} characters`;
  const classes = CLASSES.filter((c) => c.test(password)).length;
  if (classes < cfg.minCharacterClasses) {
    return `uses ${classes} of the 4 character classes (lower case, upper case, digits, symbols); at least ${cfg.minCharacterClasses} are required`;
  }
  if (userName && password.toLowerCase().includes(userName.toLowerCase())) return "contains the user name";
  return undefined;
}

/**
 * The SIP passwords Telnyx accepts registrations and calls with must resist guessing: SIP scanners try common and
 * short passwords on every trunk they find. (That they are Pulumi secrets needs no rule: the resource classes mark
 * every password field secret themselves, whatever the program passes, so it is encrypted in the state.)
 */
export const passwordStrength: ResourceValidationPolicy = {
  name: "telnyx-sip-password-strength",
  description: "SIP passwords of credential and UAC connections are long and mixed, and do not contain the user name.",
  enforcementLevel: "mandatory",
  configSchema: {
    properties: {
      minPasswordLength: { type: "integer", minimum: 8, maximum: 128, default: 14 },
      minCharacterClasses: { type: "integer", minimum: 1, maximum: 4, default: 3 },
    },
  },
  validateResource: (args, report) => {
    const kind = telnyxKind(args);
    if (kind !== "CredentialConnection" && kind !== "UacConnection") return;
    const at = label(args, kind);
    // Telnyx never reveals a password, so an adopted connection's that the program leaves out cannot be judged by
    // anyone; refusing it would refuse every adoption of an account, whose passwords `telnyx-sip export` leaves out.
    const declared = known(() => args.props.password);
    if ((declared === undefined || declared === null) && isAdopted(args.urn, args.props)) return;
    const password = guardedField(args, report, at, "password");
    // Not set: a UAC connection without one (Telnyx generates it); a credential connection's is required at check.
    if (password === REPORTED || password === undefined) return;
    const userName = guardedField(args, report, at, "userName");
    if (userName === REPORTED) return;
    const problem = weakness(String(password), typeof userName === "string" ? userName : undefined, args.getConfig<PasswordConfig>());
    if (problem) report(`${at}: password ${problem}. Use a generated one, e.g. \`openssl rand -base64 24\`.`);
  },
};
