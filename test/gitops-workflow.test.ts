// Issue 15: the GitOps example's workflow runs the guardrails on pull requests, with a configuration the pack accepts,
// and keeps the PostgreSQL backend URL (it holds a password) in a secret.
import { describe, expect, it } from "vitest";
import * as fs from "node:fs";
import * as path from "node:path";
import * as yaml from "js-yaml";
import { policies } from "../policy/policies";

const gitops = path.resolve(__dirname, "../examples/gitops");
const workflow = yaml.load(fs.readFileSync(path.join(gitops, ".github/workflows/pulumi.yml"), "utf8")) as any;

describe("examples/gitops workflow", () => {
  it("previews pull requests with the package's policy pack and the example configuration", () => {
    const preview = workflow.jobs.preview;
    expect(preview.if).toContain("pull_request");
    const step = preview.steps.find((s: any) => s.with?.command === "preview");
    expect(step.uses).toMatch(/^pulumi\/actions@/);
    expect(step.with.policyPacks).toMatch(/\/node_modules\/pulumi-telnyx-sip\/policy$/);
    expect(step.with.policyPackConfigs).toBe("${{ github.workspace }}/guardrails.json");
    expect(fs.existsSync(path.join(gitops, "guardrails.json"))).toBe(true);
  });

  it("configures only policies and settings the pack has", () => {
    const config = JSON.parse(fs.readFileSync(path.join(gitops, "guardrails.json"), "utf8"));
    for (const [name, settings] of Object.entries<Record<string, unknown>>(config)) {
      const policy = policies.find((p) => p.name === name);
      expect(policy, name).toBeDefined();
      const known = [...Object.keys(policy!.configSchema?.properties ?? {}), "enforcementLevel"];
      for (const key of Object.keys(settings)) expect(known, `${name}.${key}`).toContain(key);
    }
  });

  it("reads the backend URL from a secret, so a PostgreSQL password never sits in a variable", () => {
    expect(workflow.env.PULUMI_BACKEND_URL).toContain("secrets.PULUMI_BACKEND_URL");
  });
});
