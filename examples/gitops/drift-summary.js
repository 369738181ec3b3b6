#!/usr/bin/env node
// Reads the JSON of `pulumi preview --refresh --json` and prints each resource the preview would change, with every
// field where the account (as just refreshed) differs from the program. Exit 1 when it found drift, 2 when the
// preview failed (the program's errors are printed; the preview's own are in its stderr).
"use strict";
const fs = require("node:fs");

/** Keys the provider keeps for itself; never a Telnyx field. */
const internal = (key) => key.startsWith("__") || key === "adoptId";
const isObject = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
const show = (v) => (v === undefined ? "(not set)" : JSON.stringify(v));

/** Paths (a.b.c) whose values differ between the two input trees. */
function differences(account, program, path = []) {
  if (isObject(account) && isObject(program)) {
    const keys = [...new Set([...Object.keys(account), ...Object.keys(program)])].filter((k) => path.length > 0 || !internal(k));
    return keys.sort().flatMap((k) => differences(account[k], program[k], [...path, k]));
  }
  if (JSON.stringify(account) === JSON.stringify(program)) return [];
  return [`${path.join(".")}: ${show(account)} in the account, ${show(program)} in the program`];
}

const verbs = {
  create: "missing from the account (deleted outside Pulumi?): up would create it",
  delete: "no longer in the program: up would delete it",
  replace: "would be replaced",
};

function drift(step) {
  const [type, name] = step.urn.split("::").slice(-2);
  const title = `${name} (${type.split(":").pop()})`;
  if (step.op === "update" || step.op === "replace") {
    const fields = differences(step.oldState?.inputs ?? {}, step.newState?.inputs ?? {});
    const lead = step.op === "replace" ? `${title} ${verbs.replace}:` : `${title}:`;
    return [lead, ...fields.map((f) => `  ${f}`)];
  }
  return [`${title} ${verbs[step.op] ?? `would be changed (${step.op})`}`];
}

function readReport(file) {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8"));
  } catch {
    return {}; // no JSON: the preview stopped before planning anything
  }
}

const report = readReport(process.argv[2] ?? 0);
const changing = (report.steps ?? []).filter((s) => ["update", "replace", "create", "delete"].includes(s.op));
if (changing.length > 0) console.log(`Drift: ${changing.length} resource(s) differ from the program.`);
for (const step of changing) console.log(drift(step).join("\n"));
// The program's own errors (a missing config value, ...): the drift above may then be incomplete.
const errors = (report.diagnostics ?? []).filter((d) => d.severity === "error");
if (errors.length > 0) process.stderr.write(`The preview failed:\n${errors.map((d) => d.message).join("")}`);
process.exit(changing.length > 0 && errors.length === 0 ? 1 : 2);
