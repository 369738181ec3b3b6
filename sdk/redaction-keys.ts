import { secretKeysOf } from "./secret-keys";
import { resources } from "./resources";
import { sipRegistrationStatus } from "./schemas/registration";

/** Every field name marked secret in any schema, added to the name-based redaction rules. */
export const redactionKeys: ReadonlySet<string> = new Set(
  [...Object.values(resources).flatMap((spec) => [spec.fields, spec.response]), sipRegistrationStatus].flatMap((schema) => [
    ...secretKeysOf(schema),
  ]),
);
