#!/usr/bin/env node
// The one place that says how this repo runs the Pulumi CLI: local file backend and Pulumi home in the ignored
// .pulumi-local/ folder, a passphrase that never prompts, and our bin folder first on PATH.
// Used by the shell scripts (printed as `export` lines) and by the tests (required as a module).
"use strict";
const path = require("node:path");

const repoRoot = path.resolve(__dirname, "..");
const localDir = path.join(repoRoot, ".pulumi-local");

/** Documented local default; set PULUMI_CONFIG_PASSPHRASE(_FILE) to use your own. */
const DEFAULT_PASSPHRASE = "pulumi-telnyx-sip-local";

function pulumiEnv(base = process.env) {
  const env = {
    PATH: `${path.join(localDir, "bin")}${path.delimiter}${base.PATH ?? ""}`,
    PULUMI_HOME: base.PULUMI_HOME ?? path.join(localDir, "home"),
    PULUMI_BACKEND_URL: base.PULUMI_BACKEND_URL ?? `file://${path.join(localDir, "state")}`,
    PULUMI_SKIP_UPDATE_CHECK: "true",
    // Type-checking is `tsc`'s job (setup and tests); the engine only needs the JavaScript.
    PULUMI_NODEJS_TRANSPILE_ONLY: base.PULUMI_NODEJS_TRANSPILE_ONLY ?? "true",
    PULUMI_DISABLE_AUTOMATIC_PLUGIN_ACQUISITION: "true",
    PULUMI_AUTOMATION_API_SKIP_VERSION_CHECK: base.PULUMI_AUTOMATION_API_SKIP_VERSION_CHECK ?? "false",
  };
  if (!base.PULUMI_CONFIG_PASSPHRASE && !base.PULUMI_CONFIG_PASSPHRASE_FILE) {
    env.PULUMI_CONFIG_PASSPHRASE = DEFAULT_PASSPHRASE;
  }
  return env;
}

module.exports = { pulumiEnv, repoRoot, localDir, DEFAULT_PASSPHRASE };

if (require.main === module) {
  for (const [k, v] of Object.entries(pulumiEnv())) {
    process.stdout.write(`export ${k}='${v.replace(/'/g, "'\\''")}'\n`);
  }
}
