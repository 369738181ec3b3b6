// Where a process's CPU went, from a V8 CPU profile (.cpuprofile): each sample's time goes to loading modules or to
// running, and within each to a package, so that ours and the floor's provider compare line by line.

/** The parts of the .cpuprofile format this reads. */
export interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }[];
  samples: number[];
  timeDeltas: number[];
}

export interface ProfileSummary {
  /** Sampled time the process was not idle, ms. */
  busyMs: number;
  /**
   * Time under a `require`, ms, by the package of the innermost module whose top-level code was running: a package's
   * own start-up and what its top-level code builds (our schemas count as ours, though the calls they make are zod's),
   * and Node finding and compiling the modules that module requires.
   */
  loading: Map<string, number>;
  /** Every other sample, ms, by the package of the function on top of the stack. */
  running: Map<string, number>;
}

type Frame = CpuProfile["nodes"][number]["callFrame"];

/**
 * "zod", "@grpc/grpc-js", "node" (Node's own modules), "(garbage collector)", "(program)" (V8 outside JavaScript),
 * "native" (a built-in with no source), or the script's path when it is not in a package.
 */
export function packageOf(frame: Frame): string {
  const { url, functionName } = frame;
  const inPackage = /.*node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (inPackage) return inPackage[1];
  if (url.startsWith("node:")) return "node";
  if (url === "") return functionName.startsWith("(") ? functionName : "native";
  return url.replace(/^file:\/\//, "");
}

const isRequire = (f: Frame) => f.url.startsWith("node:internal/modules") && /^(require|Module\._load)$/.test(f.functionName);
/** A module's top-level code: V8 names the CommonJS wrapper function "" at line 0. */
const isModuleCode = (f: Frame) => f.functionName === "" && f.lineNumber === 0 && f.url !== "" && !f.url.startsWith("node:");

const add = (into: Map<string, number>, key: string, ms: number) => into.set(key, (into.get(key) ?? 0) + ms);

export function summarizeProfile(profile: CpuProfile): ProfileSummary {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const child of n.children ?? []) parent.set(child, n.id);
  const summary: ProfileSummary = { busyMs: 0, loading: new Map(), running: new Map() };
  profile.samples.forEach((id, i) => {
    const leaf = byId.get(id)!.callFrame;
    if (leaf.functionName === "(idle)") return;
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    summary.busyMs += ms;
    let loadingModule: Frame | undefined;
    let underRequire = false;
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const frame = byId.get(at)!.callFrame;
      if (isRequire(frame)) underRequire = true;
      else if (isModuleCode(frame)) loadingModule ??= frame;
    }
    if (underRequire) add(summary.loading, loadingModule ? packageOf(loadingModule) : "node", ms);
    else add(summary.running, packageOf(leaf), ms);
  });
  return summary;
}

/** The sum of several processes' summaries (a command may start more than one provider process). */
export function mergeSummaries(summaries: ProfileSummary[]): ProfileSummary {
  const merged: ProfileSummary = { busyMs: 0, loading: new Map(), running: new Map() };
  for (const s of summaries) {
    merged.busyMs += s.busyMs;
    for (const [key, ms] of s.loading) add(merged.loading, key, ms);
    for (const [key, ms] of s.running) add(merged.running, key, ms);
  }
  return merged;
}
