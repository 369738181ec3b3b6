#!/usr/bin/env node
// The build `npm pack`, `npm publish` and installs from a git URL ship: a clean dist/ from tsconfig.build.json.
// `--if-missing` (the `prepare` hook) builds only when there is no dist/ yet: a git URL install gets its build, while
// `npm ci` in this repo and `npm pack` (whose `prepack` has just built) do not build twice.
"use strict";
const fs = require("node:fs");
const path = require("node:path");
const { execFileSync } = require("node:child_process");

const root = path.resolve(__dirname, "..");
const dist = path.join(root, "dist");
if (process.argv.includes("--if-missing") && fs.existsSync(path.join(dist, "index.js"))) process.exit(0);

fs.rmSync(dist, { recursive: true, force: true });
const tsc = require.resolve("typescript/bin/tsc", { paths: [root] });
execFileSync(process.execPath, [tsc, "-p", path.join(root, "tsconfig.build.json")], { stdio: "inherit", cwd: root });
