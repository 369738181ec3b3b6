// `npm run test:mutation [-- [--force] [--static] <folder>...]`: Stryker (stryker.config.json) over provider/, sdk/,
// policy/ and cli/, or the folders named (a subfolder or file such as provider/core/delete.ts too), one after another.
// Each keeps its own incremental file and report, so a rerun of one reuses its earlier results and leaves the others'
// alone. Incremental results of mutants whose file did not
// change are kept even when a new test would now kill them (Stryker cannot tell), so `--force` tests every mutant again:
// use it after adding tests, and for the figures. Static mutants (code run when a module loads: schemas, constants)
// are left out (stryker.config.json, ignoreStatic): each needs the whole suite in a fresh process, which on 2 cores
// made provider/ alone take five hours; `--static` includes them. Writes reports/mutation/summary.json.
import * as fs from "node:fs";
import { Stryker } from "@stryker-mutator/core";

const ALL = ["provider", "sdk", "policy", "cli"];
const args = process.argv.slice(2);
const force = args.includes("--force");
const withStatic = args.includes("--static");
const folders = args.filter((a) => !a.startsWith("--")).map((f) => f.replace(/\/+$/, ""));
for (const f of folders) {
  if (!ALL.includes(f.split("/")[0]) || !fs.existsSync(f)) throw new Error(`${f}: not one of ${ALL.join(", ")} or a path in one`);
}

const out = "reports/mutation";
const summaryFile = `${out}/summary.json`;
const summary = fs.existsSync(summaryFile) ? JSON.parse(fs.readFileSync(summaryFile, "utf8")) : {};
const DETECTED = new Set(["Killed", "Timeout"]);
const UNDETECTED = new Set(["Survived", "NoCoverage"]);

for (const folder of folders.length ? folders : ALL) {
  const started = Date.now();
  const name = folder.replace(/\.ts$/, "").replaceAll("/", "-");
  const results = await new Stryker({
    mutate: [folder.endsWith(".ts") ? folder : `${folder}/**/*.ts`],
    force,
    ...(withStatic ? { ignoreStatic: false } : {}),
    incrementalFile: `${out}/${name}/incremental.json`,
    htmlReporter: { fileName: `${out}/${name}/index.html` },
    jsonReporter: { fileName: `${out}/${name}/mutation.json` },
  }).runMutationTest();
  const count = (set) => results.filter((r) => set.has(r.status)).length;
  const [detected, undetected] = [count(DETECTED), count(UNDETECTED)];
  summary[folder] = {
    date: new Date().toISOString().slice(0, 10),
    static: withStatic ? "included" : "ignored",
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
