// examples/gitops/preview-summary.js, the pull request's comment, on preview texts as the CLI prints them
// (test/e2e/adoption-shown.test.ts feeds it a real one): adoptions counted apart from creates, every other count
// kept, a failed preview said, and a comment GitHub accepts whatever the preview's length.
import { execFileSync } from "node:child_process";
import * as path from "node:path";
import { expect, it } from "vitest";

const script = path.join(__dirname, "../examples/gitops/preview-summary.js");
const summarize = (text: string) => execFileSync(process.execPath, [script, "prod"], { input: text, encoding: "utf8" });
const note = (name: string, id: string) =>
  `outbound voice profile "${name}" adopts the existing outbound voice profile ${id}: nothing is created; the "create" shown for it takes that object over by its id.`;

it("counts each adopted resource once, apart from the creates, and keeps the other counts", () => {
  const text = [
    "Previewing update (prod):",
    ` +  pulumi:pulumi:Stack infra-prod create ${note("main", "11")}`,
    ` +  pulumi:pulumi:Stack infra-prod create ${note("backup", "12")}`,
    "Diagnostics:",
    "  pulumi:pulumi:Stack (infra-prod):",
    `    ${note("main", "11")}`,
    `    ${note("backup", "12")}`,
    "",
    "Resources:",
    "    + 3 to create",
    "    ~ 1 to update",
    "    +-1 to replace",
    "    - 2 to delete",
    "    4 unchanged",
  ].join("\n");
  expect(summarize(text).split("\n")[0]).toBe(
    "Preview of `prod`: 2 to adopt (existing objects taken over by id: nothing is created), 1 to create, 1 to update, " +
      "1 to replace, 2 to delete, 4 unchanged.",
  );
});

it("says when the preview did not finish, and cuts a preview too long for a comment", () => {
  expect(summarize("error: something failed\n").split("\n")[0]).toBe("The preview of `prod` did not finish: see the job's log for why.");
  const long = summarize(`${"x".repeat(100_000)}\nResources:\n    + 1 to create\n`);
  expect(long.length).toBeLessThan(65_536);
  expect(long.split("\n")[0]).toBe("Preview of `prod`: 1 to create.");
  expect(long).toContain("... (cut here: the whole preview is in the job's log)");
});
