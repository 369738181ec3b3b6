// Issue 8: bad input is refused by `pulumi preview`, before any API call, with a message naming the resource, the
// field and what is allowed, and without showing a secret. The real engine against one emulator, which must see no
// write at all. The engine stops a preview at the first resource whose check fails, so a preview of many bad
// resources reports only one of them: each case gets a preview of its own, several stacks previewing at once, all
// cases in each stack's config and the fixture told which to declare (BAD_INPUT_ONLY), so a preview is one CLI run.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as fs from "node:fs";
import * as path from "node:path";
import type { PreviewResult } from "@pulumi/pulumi/automation";
import { newStack, removeStack, repoRoot, TestStack } from "./pulumi";
import { TestEmulator } from "./emulator";
import { corpus, helpers, validAtPreview, type BadCase } from "../fixtures/bad-input/corpus";

const fixture = path.join(repoRoot, "test/fixtures/bad-input");
/** Stacks previewing at once: the engine, the program and the provider are three processes per preview, on 2 cores. */
const PARALLEL = 3;

interface Preview {
  result?: PreviewResult;
  /** Everything the preview showed: the error (with the CLI's stdout and stderr), the output and the engine events. */
  text: string;
}

/** Whether the preview output explains this case: the resource, the field as written and what is allowed. */
function explains(text: string, c: BadCase): boolean {
  const reason = `"${c.name}", field ${c.field}: `;
  return text.includes(`resource '${c.name}'`) && text.split("\n").some((line) => line.includes(reason) && line.includes(c.allows));
}

describe("bad input at preview, against the real engine", () => {
  let emu: TestEmulator;
  const stacks: TestStack[] = [];
  const shown: string[] = [];

  /** Previews the helpers and the named cases. */
  async function preview(t: TestStack, names: string[]): Promise<Preview> {
    t.stack.workspace.envVars.BAD_INPUT_ONLY = JSON.stringify([...helpers.map((h) => h.name), ...names]);
    const seen: string[] = [];
    const options = { onOutput: (s: string) => seen.push(s), onEvent: (e: unknown) => seen.push(JSON.stringify(e)) };
    let outcome: Preview;
    try {
      const result = await t.stack.preview(options);
      outcome = { result, text: seen.join("") };
    } catch (err) {
      outcome = { text: `${(err as Error).message}\n${seen.join("")}` };
    }
    shown.push(outcome.text);
    return outcome;
  }

  beforeAll(async () => {
    emu = await TestEmulator.start();
    for (let i = 0; i < PARALLEL; i++) {
      const t = await newStack(fixture, `bad-input-${i}`);
      await t.stack.setAllConfig({
        "telnyx:baseUrl": { value: emu.baseUrl },
        "telnyx:apiKey": { value: "test-api-key-0008", secret: true },
        // Secret, as a program's secrets are: the engine shows no secret config value.
        cases: { value: JSON.stringify([...helpers, ...corpus, ...validAtPreview]), secret: true },
      });
      stacks.push(t);
    }
  });
  afterAll(async () => {
    for (const [i, t] of stacks.entries()) {
      removeStack(t);
      fs.rmSync(path.join(fixture, `Pulumi.bad-input-${i}.yaml`), { force: true });
    }
    await emu?.close();
  });

  // One engine preview per case, a few seconds each on an idle machine: the limit only stops a hang.
  it("refuses each case on its own, naming the resource, the field and what is allowed", { timeout: corpus.length * 60_000 }, async () => {
    const queue = [...corpus];
    const unexplained: string[] = [];
    const worker = async (t: TestStack) => {
      for (let c = queue.shift(); c; c = queue.shift()) {
        const p = await preview(t, [c.name]);
        if (p.result || !explains(p.text, c)) unexplained.push(`${c.name}: ${p.result ? "preview succeeded" : p.text}`);
      }
    };
    await Promise.all(stacks.map(worker));
    expect(unexplained).toEqual([]);
    console.log(`bad-input corpus: ${corpus.length} of ${corpus.length} cases rejected at preview`);
  });

  it("refuses the whole corpus in one preview, reporting only cases of the corpus", async () => {
    const p = await preview(stacks[0], corpus.map((c) => c.name));
    expect(p.result).toBeUndefined();
    const reported = corpus.filter((c) => explains(p.text, c));
    expect(reported.length).toBeGreaterThan(0);
    const named = [...p.text.matchAll(/resource '([^']+)'/g)].map((m) => m[1]);
    expect(new Set(named)).toEqual(new Set(reported.map((c) => c.name)));
  });

  it("accepts ids not known until up, and a literal id that only the API can tell does not exist", async () => {
    const p = await preview(stacks[0], validAtPreview.map((c) => c.name));
    expect(p.result?.changeSummary).toEqual({ create: 1 + helpers.length + validAtPreview.length });
  });

  it("shows no secret in any output", () => {
    const secrets = corpus.flatMap((c) => (c.secret ? [c.secret] : []));
    expect(secrets.length).toBeGreaterThanOrEqual(5);
    const everything = shown.join("\n");
    for (const secret of [...secrets, "test-api-key-0008"]) expect(everything).not.toContain(secret);
  });

  it("sent no write to the API and left it empty", async () => {
    expect(await emu.writes()).toEqual([]);
    expect(await emu.count()).toBe(0);
  });
});
