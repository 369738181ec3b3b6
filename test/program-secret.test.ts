// `npm start` generates the root program's secrets: each must pass the rules of the field it goes to, every time
// (base64 ones once failed the carrier token's rule about one run in five).
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { programSecret } from "../scripts/program-secret";
import { resources } from "../sdk/resources";
import { objectShape } from "../provider/core/casing";

const field = (schema: z.ZodType, path: string[]): z.ZodType => path.reduce((s, key) => objectShape(s)![key], schema);

const rules = {
  pbxPassword: field(resources.credentialConnection.fields, ["password"]),
  uacPassword: field(resources.uacConnection.fields, ["password"]),
  carrierToken: field(resources.ipConnection.fields, ["outbound", "ip_authentication_token"]),
};

describe("the secrets npm start generates", () => {
  it("each fit the field they are for, over many draws, and differ", () => {
    const drawn = Array.from({ length: 2000 }, programSecret);
    for (const [name, rule] of Object.entries(rules)) {
      const refused = drawn.filter((value) => !rule.safeParse(value).success);
      expect(refused, name).toEqual([]);
    }
    expect(new Set(drawn).size).toBe(drawn.length);
  });
});
