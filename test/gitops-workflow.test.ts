// Issue 15: the GitOps example's workflow runs the guardrails on pull requests, with a configuration the pack accepts,
// and keeps the PostgreSQL backend URL (it holds a password) in a secret. Issue 28: it runs them on `up` too, and
// both jobs take the pack and its settings from a trusted commit, never from the change being judged.
import { describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import * as yaml from "js-yaml";
import { policies } from "../policy/policies";

const gitops = path.resolve(__dirname, "../examples/gitops");
const workflow = yaml.load(fs.readFileSync(path.join(gitops, ".github/workflows/pulumi.yml"), "utf8")) as any;
const setupAction = yaml.load(fs.readFileSync(path.join(gitops, ".github/actions/pulumi-setup/action.yml"), "utf8")) as any;

/** The pack and configuration a job's pulumi/actions step runs `command` with, and the ref its setup checks out for them. */
function guardrailsOf(job: any, command: string) {
  const step = job.steps.find((s: any) => s.with?.command === command);
  const setup = job.steps.find((s: any) => s.uses === "./.github/actions/pulumi-setup");
  return { step, ref: setup?.with?.["guardrails-ref"] };
}
const TRUSTED_PACK = "${{ github.workspace }}/.guardrails/${{ env.WORK_DIR }}/node_modules/pulumi-telnyx-sip/policy";
const TRUSTED_CONFIG = "${{ github.workspace }}/.guardrails/guardrails.json";

describe("examples/gitops workflow", () => {
  it("previews pull requests with the package's policy pack and the example configuration", () => {
    const preview = workflow.jobs.preview;
    expect(preview.if).toContain("pull_request");
    const { step, ref } = guardrailsOf(preview, "preview");
    expect(step.uses).toMatch(/^pulumi\/actions@/);
    expect(step.with.policyPacks).toBe(TRUSTED_PACK);
    expect(step.with.policyPackConfigs).toBe(TRUSTED_CONFIG);
    // The branch the PR targets, not the PR: its own node_modules and guardrails.json would let it weaken its judge.
    expect(ref).toBe("${{ github.base_ref }}");
    expect(fs.existsSync(path.join(gitops, "guardrails.json"))).toBe(true);
  });

  it("comments the preview on the PR under a count with adoptions apart from creates (issue 26)", () => {
    const steps = workflow.jobs.preview.steps as any[];
    const preview = steps.find((s) => s.with?.command === "preview");
    // The action's own comment would count an adoption as a create: the job posts its own instead.
    expect(preview.with["comment-on-pr"]).toBeUndefined();
    const comment = steps[steps.indexOf(preview) + 1];
    expect(comment.if).toBe("always()");
    expect(comment.env.PREVIEW).toBe(`\${{ steps.${preview.id}.outputs.output }}`);
    expect(comment.run).toContain('printf \'%s\' "$PREVIEW" | node preview-summary.js "$STACK"');
    expect(comment.run).toContain("gh pr comment \"$PR\" --edit-last");
    expect(fs.existsSync(path.join(gitops, "preview-summary.js"))).toBe(true);
    expect(workflow.jobs.preview.permissions["pull-requests"]).toBe("write");
  });

  it("runs the same pack on up, from main as it was before the push (issue 28)", () => {
    const up = workflow.jobs.up;
    expect(up.if).toContain("push");
    const { step, ref } = guardrailsOf(up, "up");
    expect(step.uses).toMatch(/^pulumi\/actions@/);
    expect(step.with.policyPacks).toBe(TRUSTED_PACK);
    expect(step.with.policyPackConfigs).toBe(TRUSTED_CONFIG);
    expect(ref).toContain("github.event.before");
    expect(ref).not.toMatch(/github\.(head_ref|ref\b)/);
  });

  it("checks the guardrails' commit out into .guardrails, fresh, and installs its pack without install scripts", () => {
    const steps = setupAction.runs.steps.filter((s: any) => s.if === "inputs.guardrails-ref != ''");
    expect(steps.slice(0, 3).map((s: any) => s.uses ?? s.run)).toEqual(["rm -rf .guardrails", "actions/checkout@v4", "npm ci --ignore-scripts --no-audit --no-fund"]);
    expect(steps[1].with).toMatchObject({ ref: "${{ inputs.guardrails-ref }}", path: ".guardrails", "persist-credentials": false });
    expect(steps[2]["working-directory"]).toBe(".guardrails/${{ inputs.work-dir }}");
    // Every npm install of the action skips install scripts.
    for (const s of setupAction.runs.steps.filter((s: any) => /\bnpm (ci|install)\b/.test(s.run ?? ""))) expect(s.run).toContain("--ignore-scripts");
  });

  it("follows every install without scripts by a check that the package has its build, which fails with what to do", () => {
    const steps = setupAction.runs.steps as any[];
    const installs = steps.map((s, i) => [s, i] as const).filter(([s]) => /\bnpm ci\b/.test(s.run ?? ""));
    expect(installs).toHaveLength(2);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "gitops-dist-"));
    try {
      for (const [install, i] of installs) {
        const check = steps[i + 1];
        expect(check["working-directory"]).toBe(install["working-directory"]);
        expect(check.if).toBe(install.if);
        // Run the check as the action would: a git install (no dist/) fails naming the fix; a tarball install passes.
        const pkg = path.join(dir, "node_modules/pulumi-telnyx-sip");
        fs.rmSync(path.join(dir, "node_modules"), { recursive: true, force: true });
        fs.mkdirSync(pkg, { recursive: true });
        const gitInstall = spawnSync("bash", ["-c", check.run], { cwd: dir, encoding: "utf8" });
        expect(gitInstall.status).toBe(1);
        expect(gitInstall.stdout).toContain("::error::");
        expect(gitInstall.stdout).toContain("has no dist/");
        expect(gitInstall.stdout).toContain("packed tarball");
        fs.mkdirSync(path.join(pkg, "dist"));
        fs.writeFileSync(path.join(pkg, "dist/index.js"), "");
        expect(spawnSync("bash", ["-c", check.run], { cwd: dir }).status).toBe(0);
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it("runs on the current Node.js LTS, the newest the package is tested with", () => {
    const matrix = JSON.parse(fs.readFileSync(path.resolve(__dirname, "../scripts/compat-matrix.json"), "utf8"));
    const setupNode = setupAction.runs.steps.find((s: any) => String(s.uses).startsWith("actions/setup-node@"));
    expect(String(setupNode.with["node-version"])).toBe(matrix.newest.node.split(".")[0]);
    expect(Number(setupNode.with["node-version"])).toBeGreaterThanOrEqual(26);
  });

  it("takes the backend from PULUMI_BACKEND_URL, never from a `pulumi login` that would switch the machine's backend", () => {
    const files = [".github/workflows/pulumi.yml", ".github/actions/pulumi-setup/action.yml", "README.md", "drift-check.sh"];
    for (const file of files) {
      const text = fs.readFileSync(path.join(gitops, file), "utf8");
      expect(text, file).not.toMatch(/^[^#\n]*\bpulumi login\b/m);
    }
    for (const job of Object.values<any>(workflow.jobs)) {
      for (const step of job.steps) expect(step.with?.["cloud-url"]).toBeUndefined();
    }
    expect(fs.readFileSync(path.join(gitops, "README.md"), "utf8")).toContain("export PULUMI_BACKEND_URL=");
  });

  it("installs the package in its README as the action can: from the packed tarball, never from the registry or Git", () => {
    const readme = fs.readFileSync(path.join(gitops, "README.md"), "utf8");
    const { version } = JSON.parse(fs.readFileSync(path.resolve(__dirname, "../package.json"), "utf8"));
    const commands = readme.split("\n").filter((l) => /^(npm|npx) /.test(l));
    // The package.json export writes depends on the tarball in vendor/ (test/e2e/gitops-install.test.ts installs it).
    expect(commands.map((l) => l.replace(/\s+#.*$/, ""))).toContain("npm install");
    expect(commands.some((l) => l.includes(`npx -y -p ./vendor/pulumi-telnyx-sip-${version}.tgz telnyx-sip export`))).toBe(true);
    for (const line of commands) {
      expect(line).not.toMatch(/(^|\s)(-p )?pulumi-telnyx-sip(\s|$)/);
      expect(line).not.toContain("git+");
    }
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
