// Preloaded (`node --require`) into every Node process a profiled `pulumi` command starts (profile.ts): in the dynamic
// provider's process it records a CPU profile from the first line to the end, and writes it to $BENCH_PROFILE_DIR.
// Node's own `--cpu-prof` writes nothing there: the engine ends its plugins with a signal, and Node writes that
// profile only on a normal exit.
import * as fs from "node:fs";
import * as inspector from "node:inspector";
import * as path from "node:path";

/** The dynamic provider's entry point, as Pulumi's `pulumi-resource-pulumi-nodejs` runs it. */
const PROVIDER_ENTRY = "cmd/dynamic-provider";

/** Sampling interval, µs: Node's default (1 ms) leaves a 200-call phase with too few samples per function. */
const INTERVAL_US = 200;

function profileProvider(dir: string): void {
  const session = new inspector.Session();
  session.connect();
  session.post("Profiler.enable");
  session.post("Profiler.setSamplingInterval", { interval: INTERVAL_US });
  session.post("Profiler.start");
  let written = false;
  const write = () => {
    if (written) return;
    written = true;
    // An in-process session answers synchronously, so this runs before the process is gone.
    session.post("Profiler.stop", (err, result) => {
      if (err) return void process.stderr.write(`profile-hook: ${err.message}\n`);
      fs.mkdirSync(dir, { recursive: true });
      fs.writeFileSync(path.join(dir, `provider-${process.pid}.cpuprofile`), JSON.stringify(result.profile));
    });
  };
  process.on("exit", write);
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, () => {
      write();
      process.exit(0);
    });
  }
}

const dir = process.env.BENCH_PROFILE_DIR;
if (dir && process.argv.some((arg) => arg.split(path.sep).join("/").includes(PROVIDER_ENTRY))) profileProvider(dir);
