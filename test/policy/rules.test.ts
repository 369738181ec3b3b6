// The guardrails' logic without the engine (test/e2e/policy.test.ts runs the pack in the real engine).
import { describe, expect, it } from "vitest";
import * as fs from "node:fs";
import * as path from "node:path";
import { weakness } from "../../policy/rules/password-strength";
import { telnyxKind } from "../../policy/telnyx-resource";

const cfg = { minPasswordLength: 14, minCharacterClasses: 3 };

describe("password strength", () => {
  it("accepts a long password of three classes that does not contain the user name", () => {
    expect(weakness("Office-pbx-pass-4821", "officepbx01", cfg)).toBeUndefined();
  });
  it("says what is wrong, never the password", () => {
    expect(weakness("Short-1", undefined, cfg)).toBe("is shorter than 14 characters");
    expect(weakness("alllowercaseletters", undefined, cfg)).toBe(
      "uses 1 of the 4 character classes (lower case, upper case, digits, symbols); at least 3 are required",
    );
    expect(weakness("X-OfficePbx01-Secret", "officepbx01", cfg)).toBe("contains the user name");
  });
});

describe("telnyxKind", () => {
  it("knows this package's resources by their dynamic resource type", () => {
    expect(telnyxKind({ type: "pulumi-nodejs:dynamic/telnyx:CredentialConnection" })).toBe("CredentialConnection");
  });
  it("ignores other dynamic resources and other providers' resources", () => {
    expect(telnyxKind({ type: "pulumi-nodejs:dynamic/tiny:Tiny" })).toBeUndefined();
    expect(telnyxKind({ type: "pulumi-nodejs:dynamic:Resource" })).toBeUndefined();
    expect(telnyxKind({ type: "aws:s3/bucket:Bucket" })).toBeUndefined();
  });
});

it("versions the policy pack with the package (the engine reports the pack's version)", () => {
  const read = (file: string) => JSON.parse(fs.readFileSync(path.resolve(__dirname, "../..", file), "utf8"));
  expect(read("policy/package.json").version).toBe(read("package.json").version);
});
