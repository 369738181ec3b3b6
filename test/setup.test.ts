// scripts/setup.sh on a copy of this checkout: a run with nothing changed compiles and copies nothing and takes about a
// second, with `.pulumi-local/bin` already on PATH too (which used to link `node` to itself); an edit is compiled again,
// and a `node` link left pointing at itself by an older setup is repaired.
import { afterAll, beforeAll, expect, it } from "vitest";
import { execFileSync, spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

const repoRoot = path.resolve(__dirname, "..");
let copy: string;
let bin: string;

/** Runs setup in the copy with its own bin folder first on PATH, as after `eval "$(node scripts/pulumi-env.js)"`. */
function setup() {
  const started = Date.now();
  const run = spawnSync("bash", ["scripts/setup.sh"], {
    cwd: copy,
    encoding: "utf8",
    env: { ...process.env, PATH: `${bin}${path.delimiter}${process.env.PATH}` },
  });
  return { status: run.status, log: run.stderr, seconds: (Date.now() - started) / 1000 };
}

function nodeWorks(): string {
  return execFileSync(path.join(bin, "node"), ["--version"], { encoding: "utf8" }).trim();
}

beforeAll(() => {
  copy = fs.mkdtempSync(path.join(os.tmpdir(), "setup-"));
  bin = path.join(copy, ".pulumi-local/bin");
  // The checkout's files as they are (tar keeps their times), its build with its stamp, and node_modules as hard links:
  // setup replaces the installed package's files rather than writing into them, so the checkout's own stay untouched.
  const files = execFileSync("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard"], { cwd: repoRoot })
    .toString().split("\0").filter((f) => f !== "" && fs.existsSync(path.join(repoRoot, f)));
  execFileSync("bash", ["-c", 'tar -cf - --null -T - | tar -xf - -C "$1"', "_", copy], { cwd: repoRoot, input: files.join("\0"), maxBuffer: 1 << 30 });
  execFileSync("cp", ["-a", "dist", path.join(copy, "dist")], { cwd: repoRoot });
  execFileSync("cp", ["-al", "node_modules", path.join(copy, "node_modules")], { cwd: repoRoot });
}, 120_000);

afterAll(() => {
  if (copy) fs.rmSync(copy, { recursive: true, force: true });
});

it("does nothing the second time, in about a second, leaving a working node even with its bin folder on PATH", () => {
  const first = setup();
  expect(first.status, first.log).toBe(0);
  expect(nodeWorks()).toMatch(/^v\d+\./);
  const installed = path.join(copy, "node_modules/pulumi-telnyx-sip/.setup-stamp");
  const copiedAt = fs.statSync(installed).mtimeMs;

  const second = setup();
  expect(second.status, second.log).toBe(0);
  expect(second.log).not.toContain("compiling TypeScript");
  expect(second.log).toContain("[setup] ready in");
  // The installed package was not copied again.
  expect(fs.statSync(installed).mtimeMs).toBe(copiedAt);
  // About 1 s when idle; the bound leaves room for a busy machine, and is still far below a compile (15 s and more).
  expect(second.seconds).toBeLessThan(8);
  // The link goes to the machine's node, never back into the bin folder it is in.
  expect(path.dirname(fs.readlinkSync(path.join(bin, "node")))).not.toBe(bin);
  expect(nodeWorks()).toMatch(/^v\d+\./);
}, 240_000);

it("compiles again after an edit, and repairs a node link that points at itself", () => {
  const link = path.join(bin, "node");
  fs.rmSync(link);
  fs.symlinkSync(link, link);
  expect(() => nodeWorks()).toThrow();
  const source = path.join(copy, "sdk/schemas/codecs.ts");
  fs.appendFileSync(source, "\nexport const editedForTheSetupTest = true;\n");

  const run = setup();
  expect(run.status, run.log).toBe(0);
  expect(run.log).toContain("compiling TypeScript");
  expect(fs.readFileSync(path.join(copy, "node_modules/pulumi-telnyx-sip/dist/sdk/schemas/codecs.js"), "utf8")).toContain("editedForTheSetupTest");
  expect(nodeWorks()).toMatch(/^v\d+\./);
}, 240_000);
