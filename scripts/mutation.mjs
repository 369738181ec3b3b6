// `npm run test:mutation [-- <folder>...]`: Stryker (stryker.config.json) over provider/, sdk/, policy/ and cli/, or
// the folders named, one after another. Each folder keeps its own incremental file and report, so a rerun of one
// folder reuses its earlier results and leaves the others' alone. Writes reports/mutation/summary.json.
import * as fs from "node:fs";
import { Stryker } from "@stryker-mutator/core";

const ALL = ["provider", "sdk", "policy", "cli"];
const folders = process.argv.slice(2).map((f) => f.replace(/\/+$/, ""));
for (const f of folders) if (!ALL.includes(f)) throw new Error(`unknown folder ${f}: one of ${ALL.join(", ")}`);

const out = "reports/mutation";
const summaryFile = `${out}/summary.json`;
const summary = fs.existsSync(summaryFile) ? JSON.parse(fs.readFileSync(summaryFile, "utf8")) : {};
const DETECTED = new Set(["Killed", "Timeout"]);
const UNDETECTED = new Set(["Survived", "NoCoverage"]);

for (const folder of folders.length ? folders : ALL) {
  const started = Date.now();
  const results = await new Stryker({
    mutate: [`${folder}/**/*.ts`],
    incrementalFile: `${out}/${folder}/incremental.json`,
    htmlReporter: { fileName: `${out}/${folder}/index.html` },
    jsonReporter: { fileName: `${out}/${folder}/mutation.json` },
  }).runMutationTest();
  const count = (set) => results.filter((r) => set.has(r.status)).length;
  const [detected, undetected] = [count(DETECTED), count(UNDETECTED)];
  summary[folder] = {
    date: new Date().toISOString().slice(0, 10),
    mutants: results.length,
    killed: detected,
    survived: undetected,
    ignored: count(new Set(["Ignored"])),
    invalid: count(new Set(["CompileError", "RuntimeError"])),
    score: Number(((100 * detected) / Math.max(1, detected + undetected)).toFixed(1)),
    seconds: Math.round((Date.now() - started) / 1000),
  };
  fs.mkdirSync(out, { recursive: true });
  fs.writeFileSync(summaryFile, `${JSON.stringify(summary, null, 2)}\n`);
}
console.table(summary);
