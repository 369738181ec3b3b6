// Memory and CPU time of the processes a `pulumi` command starts, read from /proc while it runs. Every process below ours is
// part of the command (the emulator runs inside this process, so it is not counted).
import * as fs from "node:fs";

/** What a process in the tree is, told from its command line. */
export type Role = "engine" | "language host" | "program" | "provider" | "other";
export const ROLES: Role[] = ["engine", "language host", "program", "provider", "other"];

export interface TreeUsage {
  /** Sum of the peak RSS (VmHWM) of the engine, language host, program and provider processes: the table's figure. */
  peakMb: number;
  /** Highest sum of the current RSS of every process in the tree seen at one sample. */
  peakTotalMb: number;
  /** Sum of the peak RSS of the processes of each role. */
  byRole: Record<Role, number>;
  /** CPU seconds (user + system) used by the processes of each role, as last sampled: each may miss its last 0.1 s. */
  cpuByRole: Record<Role, number>;
  /**
   * CPU seconds (user + system) of the whole tree, exact: what the processes that ended and were reaped while the
   * sampler ran added to this process's children's times (see childrenTicks). Unlike wall time, barely moved by
   * other load. Never less than the sum of cpuByRole.
   */
  cpuSeconds: number;
}

/** By the script a process runs (an argument ending in that path), not by any mention of it. */
function roleOf(cmdline: string[]): Role {
  const runs = (script: RegExp) => cmdline.some((arg) => script.test(arg));
  if (runs(/pulumi-language-nodejs(\.js)?$/)) return "language host";
  if (runs(/cmd\/dynamic-provider(\/index\.js)?$/)) return "provider";
  if (runs(/@pulumi\/pulumi\/cmd\/run$/)) return "program";
  if (/(^|\/)pulumi$/.test(cmdline[0] ?? "")) return "engine";
  return "other"; // the provider's shell wrapper, and the `node -e` it runs to find the provider's script
}

const read = (file: string): string | undefined => {
  try {
    return fs.readFileSync(file, "utf8");
  } catch {
    return undefined; // the process ended between listing and reading: nothing to count
  }
};

/** Children of every thread of `pid` (Go forks from any thread, so each task has to be read). */
function childrenOf(pid: number): number[] {
  let tasks: string[];
  try {
    tasks = fs.readdirSync(`/proc/${pid}/task`);
  } catch {
    return [];
  }
  return tasks.flatMap((tid) => (read(`/proc/${pid}/task/${tid}/children`) ?? "").split(" ").filter(Boolean).map(Number));
}

function descendantsOf(root: number): number[] {
  const found: number[] = [];
  for (let queue = childrenOf(root); queue.length > 0; ) {
    const pid = queue.shift()!;
    found.push(pid);
    queue.push(...childrenOf(pid));
  }
  return found;
}

/** Clock ticks per second of /proc/<pid>/stat's times: 100 on Linux (USER_HZ). */
const TICKS_PER_SECOND = 100;

/** utime + stime, fields 14 and 15 of /proc/<pid>/stat (counted after the command name, which may hold spaces). */
function cpuTicks(pid: number): number {
  const stat = read(`/proc/${pid}/stat`) ?? "";
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return Number(fields[11] ?? 0) + Number(fields[12] ?? 0);
}

/**
 * cutime + cstime of this process, fields 16 and 17 of /proc/self/stat: the CPU of every child it has reaped, each with
 * the CPU of the children that child reaped in turn. The Pulumi CLI waits for its plugins and the language host for
 * the program, so when the `pulumi` process has been reaped this holds all of its tree, to the tick, where sampling
 * misses what a process does after its last sample (up to 0.1 s each, on totals of 1-2 s for a small stack).
 */
function childrenTicks(): number {
  const stat = read("/proc/self/stat") ?? "";
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return Number(fields[13] ?? 0) + Number(fields[14] ?? 0);
}

const kbField = (status: string, field: string): number => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(status)?.[1] ?? 0);
const mb = (kb: number) => kb / 1024;

/** Samples the tree below `root` every `everyMs` until `stop()`. */
export class TreeSampler {
  private readonly peaks = new Map<number, { cmdline: string; role: Role; hwmKb: number; ticks: number }>();
  private peakTotalKb = 0;
  private readonly timer: NodeJS.Timeout;
  private readonly reapedTicksBefore = childrenTicks();

  /** Measures the processes `root` starts; `cpuSeconds` is exact only for the root of this process, the default. */
  constructor(private readonly root = process.pid, everyMs = 100) {
    this.timer = setInterval(() => this.sample(), everyMs);
  }

  private sample(): void {
    let totalKb = 0;
    for (const pid of descendantsOf(this.root)) {
      const status = read(`/proc/${pid}/status`);
      const cmdline = read(`/proc/${pid}/cmdline`);
      // A process that has exited but not been reaped yet (a zombie) has no command line and no memory left.
      if (status === undefined || !cmdline) continue;
      totalKb += kbField(status, "VmRSS");
      // A process seen between fork and exec still shows its parent's command and memory: start over once it execs.
      const known = this.peaks.get(pid)?.cmdline === cmdline ? this.peaks.get(pid) : undefined;
      const hwmKb = Math.max(known?.hwmKb ?? 0, kbField(status, "VmHWM"));
      const ticks = Math.max(known?.ticks ?? 0, cpuTicks(pid));
      this.peaks.set(pid, { cmdline, role: known?.role ?? roleOf(cmdline.split("\0")), hwmKb, ticks });
    }
    this.peakTotalKb = Math.max(this.peakTotalKb, totalKb);
  }

  stop(): TreeUsage {
    this.sample();
    clearInterval(this.timer);
    const zero = () => Object.fromEntries(ROLES.map((r) => [r, 0])) as Record<Role, number>;
    const byRole = zero();
    const cpuByRole = zero();
    for (const { role, hwmKb, ticks } of this.peaks.values()) {
      byRole[role] += mb(hwmKb);
      cpuByRole[role] += ticks / TICKS_PER_SECOND;
    }
    const peakMb = ROLES.filter((r) => r !== "other").reduce((sum, r) => sum + byRole[r], 0);
    const sampled = ROLES.reduce((sum, r) => sum + cpuByRole[r], 0);
    const reaped = this.root === process.pid ? (childrenTicks() - this.reapedTicksBefore) / TICKS_PER_SECOND : 0;
    // A process still running at stop() (none, once the command has returned) is only in the samples.
    return { peakMb, peakTotalMb: mb(this.peakTotalKb), byRole, cpuByRole, cpuSeconds: Math.max(reaped, sampled) };
  }
}
