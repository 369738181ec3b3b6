#!/usr/bin/env node
// Reads the engine events of `pulumi preview --refresh --json` (streamed: PULUMI_ENABLE_STREAMING_JSON_PREVIEW=true)
// and prints every change made outside Pulumi: resource, field, value as last deployed and as in the account now.
// Each field says whether the program declares it (the next `pulumi up --refresh` puts it back) or not (reported,
// left as it is). Secrets are never printed: the CLI masks them in its JSON, and a field holding one is shown only as
// "changed". Exit 0: no drift. 1: drift (printed). 2: no usable report (the preview failed; its errors are printed).
"use strict";
const fs = require("node:fs");

/** The package's own knowledge of its fields, from the project's node_modules (the folder this runs in). */
const { sdk, outputsAsApi, kindOf } = require(require.resolve("pulumi-telnyx-sip", { paths: [process.cwd()] }));
const camel = (key) => key.replace(/_([a-z0-9])/g, (_, c) => c.toUpperCase());
/** Top-level settings of a kind (what the API lets you write); status fields such as updatedAt are not drift. */
const settingsOf = (kind) => new Set(Object.keys(sdk.resources[kind]?.fields.shape ?? {}).map(camel));

/** How the engine marks a secret value in its events. */
const SECRET_SIG = "4dabf18193072939515e22adb298388d";
const isSecret = (v) => typeof v === "object" && v !== null && SECRET_SIG in v;
const isObject = (v) => typeof v === "object" && v !== null && !Array.isArray(v) && !isSecret(v);
const show = (v) => (v === undefined ? "(not set)" : JSON.stringify(v));
const has = (obj, path) => path.reduce((o, k) => (isObject(o) && k in o ? o[k] : undefined), obj) !== undefined;

/**
 * Outputs as the account has them: the state leaves out what the package can tell (fields at their documented default,
 * ...), which the package puts back. A secret (masked in the events) stays as it is.
 */
function asApi(kind, outputs) {
  const full = outputsAsApi(kind, outputs);
  for (const [key, value] of Object.entries(outputs)) if (isSecret(value)) full[key] = value;
  return full;
}

/** [path, before, after] for each leaf that differs. */
function differences(before, after, path = []) {
  if (isObject(before) && isObject(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
    return keys.flatMap((k) => differences(before[k], after[k], [...path, k]));
  }
  return JSON.stringify(before) === JSON.stringify(after) ? [] : [[path, before, after]];
}

/** The lines for one refreshed resource: what changed since it was last deployed. */
function describeRefresh({ urn, old, new: now }) {
  const [type, name] = urn.split("::").slice(-2);
  const title = `${name} (${type.split(":").pop()})`;
  if (!now?.outputs) return [`${title}: deleted outside Pulumi (the next up creates it again)`];
  const kind = kindOf(urn);
  const settings = settingsOf(kind);
  const lines = differences(asApi(kind, old.outputs ?? {}), asApi(kind, now.outputs))
    .filter(([path]) => settings.has(path[0]))
    .map(([path, before, after]) => {
      const where = has(old.inputs ?? {}, path) ? "in the program: the next up puts it back" : "not in the program: left as it is";
      const change = isSecret(before) || isSecret(after) ? "changed (secret)" : `${show(before)} -> ${show(after)}`;
      return `  ${path.join(".")}: ${change} (${where})`;
    });
  return lines.length > 0 ? [`${title}:`, ...lines] : [];
}

/** The engine events, one JSON object a line; lines that are not JSON (none expected) are skipped. */
function readEvents(file) {
  let text = "";
  try {
    text = fs.readFileSync(file, "utf8");
  } catch {
    return [];
  }
  return text.split("\n").flatMap((line) => {
    try {
      return [JSON.parse(line)];
    } catch {
      return [];
    }
  });
}

const events = readEvents(process.argv[2] ?? 0);
const errors = events.map((e) => e.diagnosticEvent).filter((d) => d?.severity === "error");
if (events.length === 0 || errors.length > 0 || !events.some((e) => e.summaryEvent)) {
  if (errors.length > 0) process.stderr.write(`The preview failed:\n${errors.map((d) => d.message).join("")}`);
  process.exit(2);
}
const drifted = events
  .map((e) => e.resOutputsEvent?.metadata)
  .filter((m) => m?.op === "refresh" && m.urn.includes("::pulumi-nodejs:dynamic/telnyx:"))
  .map(describeRefresh)
  .filter((lines) => lines.length > 0);
if (drifted.length === 0) {
  console.log("No drift: the account matches the program.");
  process.exit(0);
}
console.log(`Drift: ${drifted.length} resource(s) changed outside Pulumi.`);
for (const lines of drifted) console.log(lines.join("\n"));
process.exit(1);
