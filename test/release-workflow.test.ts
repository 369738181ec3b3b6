// The release workflow (.github/workflows/release.yml), which cannot run here: what it runs on, with which
// permissions, that it tests as CI does before it publishes, that it publishes with provenance, and that its version
// check refuses a tag that is not package.json's version (the check's own script, run).
import { describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import * as yaml from "js-yaml";

const root = path.resolve(__dirname, "..");
const workflow = yaml.load(fs.readFileSync(path.join(root, ".github/workflows/release.yml"), "utf8")) as any;
const version: string = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8")).version;
const steps: { name?: string; run?: string; uses?: string; env?: Record<string, string> }[] = workflow.jobs.release.steps;
const stepIndex = (match: (run: string) => boolean): number => steps.findIndex((s) => s.run !== undefined && match(s.run));

/** A workflow tag filter as GitHub reads it, for the patterns used here: `*` is any run of characters but `/`. */
const tagMatches = (pattern: string, tag: string) => new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, "\\$&").replace(/\*/g, "[^/]*")}$`).test(tag);

describe("release workflow", () => {
  it("runs on version tags only", () => {
    expect(Object.keys(workflow.on)).toEqual(["push"]);
    expect(workflow.on.push.branches).toBeUndefined();
    const tags: string[] = workflow.on.push.tags;
    expect(tags.some((t) => tagMatches(t, `v${version}`))).toBe(true);
    expect(tags.some((t) => tagMatches(t, "latest"))).toBe(false);
  });

  it("may sign provenance and create a release, nothing more", () => {
    expect(workflow.permissions).toEqual({ "id-token": "write", contents: "write" });
  });

  it("runs the test command CI runs (.ci/run), before it publishes", () => {
    const ciCommands = fs.readFileSync(path.join(root, ".ci/run"), "utf8").split("\n")
      .map((l) => l.trim())
      .filter((l) => l && !l.startsWith("#") && !/^(set|cd) /.test(l));
    expect(ciCommands).toEqual(["npm test"]);
    const test = stepIndex((run) => run.trim() === ciCommands[0]);
    expect(test).toBeGreaterThan(-1);
    expect(test).toBeLessThan(stepIndex((run) => run.includes("npm publish")));
  });

  it("publishes the packed tarball with provenance, publicly, and attaches the same file to a GitHub release", () => {
    const publish = steps[stepIndex((run) => run.includes("npm publish"))];
    expect(publish.run).toMatch(/^npm publish "\$TARBALL" .*--provenance/);
    expect(publish.run).toContain("--access public");
    expect(publish.env?.NODE_AUTH_TOKEN).toBe("${{ secrets.NPM_TOKEN }}");
    const pack = stepIndex((run) => run.includes("npm pack"));
    expect(steps[pack].run).toContain('TARBALL=$(npm pack');
    const release = steps[stepIndex((run) => run.includes("gh release create"))];
    expect(release.run).toContain('gh release create "$GITHUB_REF_NAME" "$TARBALL"');
    expect(pack).toBeLessThan(stepIndex((run) => run.includes("npm publish")));
  });

  it("stops, before testing, unless the tag is v followed by package.json's version", () => {
    const check = stepIndex((run) => run.includes("package.json"));
    expect(check).toBeGreaterThan(-1);
    expect(check).toBeLessThan(stepIndex((run) => run.trim() === "npm test"));
    const runWith = (tag: string) =>
      spawnSync("bash", ["-e", "-c", steps[check].run!], { cwd: root, encoding: "utf8", env: { ...process.env, GITHUB_REF_NAME: tag } });
    expect(runWith(`v${version}`).status).toBe(0);
    for (const tag of [version, `v${version}.1`, "v0.0.1"]) {
      const run = runWith(tag);
      expect(run.status, tag).not.toBe(0);
      expect(run.stderr, tag).toContain(`is not v${version}`);
    }
  });
});
