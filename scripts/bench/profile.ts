// `npm run bench:profile`: where the dynamic provider's CPU goes, ours against the floor's, phase by phase. Both
// stacks go through up, a no-change preview, refresh and destroy, paired as in `npm run bench`, with a CPU profile of
// each command's provider process (profile-hook.ts); then a table per phase, part by part. The profiler adds its own
// cost to both sides: read the differences, and take the bench's figures for the ratios. The profiles stay in the
// output folder, for Chrome DevTools or any .cpuprofile viewer.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { parseArgs } from "node:util";
import { count } from "./args";
import { PHASES, type Phase } from "./measured-command";
import { pairedPhases } from "./paired";
import { runPhase } from "./phases";
import { mergeSummaries, summarizeProfile, type CpuProfile, type ProfileSummary } from "./profile-summary";
import { profileTable } from "./profile-table";
import { floorTarget, oursTarget, type Side, type Target } from "./targets";

const USAGE = `usage: npm run bench:profile -- [--size N] [--latency-ms N] [--out DIR]

  --size N          resources in each stack (default 200)
  --latency-ms N    emulator latency per API call, for ours and the floor alike (default 50)
  --out DIR         where the profiles go, DIR/<ours|floor>/<phase>/provider-<pid>.cpuprofile (default: a new
                    temporary folder)`;

const HOOK = path.join(__dirname, "profile-hook.js");

/** The summary of every provider profile in `dir`: one per provider process the command started. */
function summaryOf(dir: string): ProfileSummary {
  const files = fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith(".cpuprofile")) : [];
  if (files.length === 0) throw new Error(`no provider profile was written to ${dir}: did the command start the provider?`);
  return mergeSummaries(files.map((f) => summarizeProfile(JSON.parse(fs.readFileSync(path.join(dir, f), "utf8")) as CpuProfile)));
}

/**
 * Runs `phase` on `target` with the hook preloaded into the processes the CLI starts. `dir` is emptied first: the
 * profiles of an earlier run into the same --out would be added to this one's.
 */
async function profiledPhase(target: Target, phase: Phase, dir: string): Promise<ProfileSummary> {
  fs.rmSync(dir, { recursive: true, force: true });
  const env = target.bench.stack.workspace.envVars;
  const nodeOptions = env.NODE_OPTIONS;
  env.NODE_OPTIONS = [nodeOptions, `--require ${JSON.stringify(HOOK)}`].filter(Boolean).join(" ");
  env.BENCH_PROFILE_DIR = dir;
  try {
    await runPhase(target.bench, phase);
  } finally {
    if (nodeOptions === undefined) delete env.NODE_OPTIONS;
    else env.NODE_OPTIONS = nodeOptions;
    delete env.BENCH_PROFILE_DIR;
  }
  return summaryOf(dir);
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    args: process.argv.slice(2),
    options: {
      size: { type: "string", default: "200" },
      "latency-ms": { type: "string", default: "50" },
      out: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help) return void console.log(USAGE);
  const size = count("size", values.size, 1, USAGE);
  const latencyMs = count("latency-ms", values["latency-ms"], 0, USAGE);
  const out = values.out ?? fs.mkdtempSync(path.join(os.tmpdir(), "telnyx-profile-"));

  const ours = await oursTarget(size, latencyMs);
  const floor = await floorTarget(size, latencyMs).catch(async (err) => {
    await ours.close();
    throw err;
  });
  try {
    const sides: [Side, Side] = [{ name: "ours", target: ours }, { name: "floor", target: floor }];
    const [oursPhases, floorPhases] = await pairedPhases(sides, PHASES, 1, async ({ name, target }, phase) => {
      process.stderr.write(`[profile] ${name}, ${size} resources: ${phase}\n`);
      return profiledPhase(target, phase, path.join(out, name, phase));
    });
    console.log(`${size} resources, API latency ${latencyMs} ms, Node ${process.version}; profiles in ${out}`);
    PHASES.forEach((phase, i) => console.log(`\n${phase}:\n\n${profileTable(oursPhases[i], floorPhases[i])}`));
  } finally {
    await Promise.all([ours.close(), floor.close()]);
  }
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
