// The Python and Go SDKs generated from the package schema by Pulumi's own code generators (scripts/sdkgen, built
// by scripts/setup-sdkgen.sh): the Go SDK must compile against github.com/pulumi/pulumi/sdk/v3 from the module proxy,
// the Python SDK must byte-compile, and both must carry the schema's docs and secrets.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { runCommand } from "../e2e/pulumi";
import { packageSchema } from "../../plugin/schema";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { version } = require("../../package.json") as { version: string };

const SDK_VERSION = "3.276.0"; // github.com/pulumi/pulumi/sdk/v3, the CLI's version, as the generator's pkg/v3

describe("SDKs generated from the package schema", () => {
  let dir: string;
  const read = (...parts: string[]) => fs.readFileSync(path.join(dir, ...parts), "utf8");

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "telnyx-sip-sdks-"));
    const schema = packageSchema(version);
    fs.writeFileSync(path.join(dir, "schema.json"), JSON.stringify(schema));
    const r = await runCommand("telnyx-sip-sdkgen", [path.join(dir, "schema.json"), dir], { cwd: dir, env: {} });
    expect(r.status, r.stderr).toBe(0);
  });
  afterAll(() => {
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it("Go: compiles against the Pulumi Go SDK, with the schema's docs and enum names", async () => {
    // The module the schema's importBasePath (github.com/pulumi-telnyx-sip/sdk/go/telnyxsip) lives in.
    fs.writeFileSync(path.join(dir, "go.mod"), `module github.com/pulumi-telnyx-sip/sdk\n\ngo 1.25\n\nrequire github.com/pulumi/pulumi/sdk/v3 v${SDK_VERSION}\n`);
    const r = await runCommand("go", ["build", "./go/..."], { cwd: dir, env: { GOFLAGS: "-mod=mod" } });
    expect(r.status, r.stderr).toBe(0);
    expect(read("go/telnyxsip/sipTrunk.go")).toContain("A whole SIP trunk in one resource");
    expect(read("go/telnyxsip/getRegistrationStatus.go")).toContain("func GetRegistrationStatus(");
    // "+E.164" and "E.164" are two values, two names.
    expect(read("go/telnyxsip/pulumiEnums.go")).toMatch(/CredentialConnectionInboundAniNumberFormatPlusE164 *= CredentialConnectionInboundAniNumberFormat\("\+E\.164"\)/);
  }, 600_000);

  it("Python: byte-compiles, with the schema's docs and secrets", async () => {
    const r = await runCommand("python3", ["-m", "compileall", "-q", "python"], { cwd: dir, env: {} });
    expect(r.status, r.stdout + r.stderr).toBe(0);
    expect(fs.existsSync(path.join(dir, "python/pulumi_telnyx_sip/__pycache__"))).toBe(true);
    expect(read("python/pulumi_telnyx_sip/sip_trunk.py")).toContain("A whole SIP trunk in one resource");
    expect(read("python/pulumi_telnyx_sip/credential_connection.py")).toMatch(/additional_secret_outputs=\[[^\]]*"password"/);
    expect(read("python/pulumi_telnyx_sip/get_registration_status.py")).toContain("def get_registration_status(");
  }, 120_000);
});
