#!/usr/bin/env node
// Turns the text of `pulumi preview` (stdin) into the pull request's comment (stdout, Markdown): a count of what the
// change does, with adoptions counted apart from creates, then the preview itself. The engine counts an adoption
// (`adoptId`: an existing object taken over by its id, nothing POSTed) as a create; the provider says so in one line
// per adopted resource, "<kind> "<name>" adopts the existing <kind> <id>: nothing is created...", which this counts.
// Usage: pulumi preview ... | node preview-summary.js <stack> > comment.md
"use strict";
const fs = require("node:fs");

const stack = process.argv[2] ?? "the stack";
const text = fs.readFileSync(0, "utf8");

/** Each adopted resource once ("<name>" and the id it adopts): the engine shows the line as it happens and again. */
const adopted = new Set([...text.matchAll(/("[^"\n]*" adopts the existing [^:\n]*): nothing is created/g)].map((m) => m[1]));

/** The engine's own counts: "+ 8 to create", "~ 1 to update", "+-1 to replace", "- 2 to delete", "3 unchanged". */
const counts = [...text.matchAll(/^\s*(?:[+~-]|\+-)?\s*(\d+) (to create|to update|to replace|to delete|unchanged)$/gm)].map(
  (m) => [m[2], Number(m[1])],
);

function summary() {
  if (counts.length === 0) return `The preview of \`${stack}\` did not finish: see the job's log for why.`;
  const parts = [];
  for (const [what, n] of counts) {
    if (what === "to create") {
      if (adopted.size > 0) parts.push(`${adopted.size} to adopt (existing objects taken over by id: nothing is created)`);
      if (n > adopted.size) parts.push(`${n - adopted.size} to create`);
    } else {
      parts.push(`${n} ${what}`);
    }
  }
  return `Preview of \`${stack}\`: ${parts.join(", ")}.`;
}

/** GitHub refuses a comment over 65,536 characters: a longer preview is cut, the count above it kept whole. */
const MAX_PREVIEW = 60_000;
const shown =
  text.length > MAX_PREVIEW ? `${text.slice(0, MAX_PREVIEW)}\n... (cut here: the whole preview is in the job's log)` : text.trimEnd();
const fence = "`".repeat(Math.max(3, ...(shown.match(/`+/g) ?? []).map((t) => t.length + 1)));
process.stdout.write(`${summary()}\n\n<details><summary>pulumi preview</summary>\n\n${fence}\n${shown}\n${fence}\n</details>\n`);
