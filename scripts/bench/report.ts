// The benchmark's figures as text tables (markdown-table.ts).
import type { ApiCalls } from "./api-calls";
import { ROLES, type TreeUsage } from "./process-tree";
import type { PhaseFigures } from "./phases";
import { STATE_PARTS } from "./state-breakdown";
import type { StateSize } from "./state-size";
import { SMALL_PHASES, type SmallFigures, type SmallRun } from "./small-stacks";
import { table } from "./markdown-table";

export interface RunFigures {
  count: number;
  phases: PhaseFigures[];
  state: StateSize;
}

export interface GrowthRow {
  count: number;
  ours: PhaseFigures;
  floor: PhaseFigures;
}

const s = (seconds: number) => seconds.toFixed(1);
const ratio = (ours: number, floor: number) => (ours / floor).toFixed(2);
const mb = (megabytes: number) => megabytes.toFixed(0);
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

const cpuTotal = (p: PhaseFigures) => p.usage.cpuSeconds;
/** What the samples of each process missed of the exact total (process-tree.ts). */
const unsampled = (usage: TreeUsage) => usage.cpuSeconds - ROLES.reduce((sum, r) => sum + usage.cpuByRole[r], 0);

/** "400 (200 GET, 200 POST)" */
function callsCell(calls: ApiCalls | undefined): string {
  if (!calls) return "-";
  const byMethod: Record<string, number> = {};
  for (const [route, n] of Object.entries(calls.byRoute)) {
    const method = route.split(" ")[0];
    byMethod[method] = (byMethod[method] ?? 0) + n;
  }
  const parts = Object.entries(byMethod).map(([method, n]) => `${n} ${method}`);
  return parts.length > 0 ? `${calls.total} (${parts.join(", ")})` : "0";
}

/** ours / floor calls; "-" when both are zero. */
const callsRatio = (ours: number, floor: number) => (floor > 0 ? ratio(ours, floor) : ours === 0 ? "-" : "inf");

export function phaseTable(ours: RunFigures, floor: RunFigures): string {
  const rows = ours.phases.map((o, i) => {
    const f = floor.phases[i];
    return [o.phase, s(o.seconds), s(f.seconds), ratio(o.seconds, f.seconds), ratio(cpuTotal(o), cpuTotal(f)),
      mb(o.usage.peakMb), mb(f.usage.peakMb), callsCell(o.calls), callsCell(f.calls),
      callsRatio(o.calls?.total ?? 0, f.calls?.total ?? 0)];
  });
  return table(["phase", "ours s", "floor s", "ratio", "CPU ratio", "ours MB", "floor MB", "API calls", "floor calls", "calls ratio"], rows);
}

type Named = { name: string; run: RunFigures }[];

export function cpuTable(runs: Named): string {
  const rows = runs.flatMap(({ name, run }) =>
    run.phases.map((p) => [
      `${name} ${p.phase}`, ...ROLES.map((r) => s(p.usage.cpuByRole[r])), s(unsampled(p.usage)), s(cpuTotal(p)),
    ]),
  );
  return table(["run", ...ROLES, "unsampled", "total"], rows);
}

/** The same ratio as the main table's, from CPU time: what to compare when other work skews wall time. */
export function cpuRatioLine(ours: RunFigures, floor: RunFigures): string {
  const ratios = ours.phases.map((o, i) => `${o.phase} ${ratio(cpuTotal(o), cpuTotal(floor.phases[i]))}`);
  return `CPU ratio ours / floor: ${ratios.join(", ")}`;
}

export function memoryTable(runs: Named): string {
  const rows = runs.flatMap(({ name, run }) =>
    run.phases.map((p) => [`${name} ${p.phase}`, ...ROLES.map((r) => mb(p.usage.byRole[r])), mb(p.usage.peakTotalMb)]),
  );
  return table(["run", ...ROLES, "tree at peak"], rows);
}

export function stateLines(runs: Named): string {
  return runs
    .map(({ name, run: { state } }) => {
      const { min, max } = state.providerBytes;
      const perResource = min === max ? `${min}` : `${min}-${max}`;
      return `${name}: __provider ${perResource} bytes per resource; state ${kb(state.exportedBytes)} exported ` +
        `(${kb(state.exportedBytes / state.resources)} per resource), ${kb(state.fileBytes)} on disk, ${state.resources} resources`;
    })
    .join("\n");
}

/** Bytes per resource in the state, part by part, ours against the floor (the target is a total gap <= 0.5 KB). */
export function stateTable(ours: RunFigures, floor: RunFigures): string {
  const o = ours.state.perResource;
  const f = floor.state.perResource;
  const sum = (p: Record<string, number>) => STATE_PARTS.reduce((n, part) => n + p[part], 0);
  const row = (name: string, a: number, b: number) => [name, a.toFixed(0), b.toFixed(0), (a - b).toFixed(0)];
  const values = [ours.state.valuesPerResource, floor.state.valuesPerResource];
  return table(["bytes per resource", "ours", "floor", "ours - floor"],
    [...STATE_PARTS.map((part) => row(part, o[part], f[part])), row("total", sum(o), sum(f)),
      ["values per resource", ...values.map((v) => v.toFixed(1)), (values[0] - values[1]).toFixed(1)]]);
}

export function growthTable(rows: GrowthRow[]): string {
  return table(
    ["resources", "ours s", "floor s", "ratio", "ours ms/resource", "floor ms/resource", "ours CPU s", "floor CPU s",
      "CPU ratio", "API calls"],
    rows.map(({ count, ours, floor }) => [String(count), s(ours.seconds), s(floor.seconds), ratio(ours.seconds, floor.seconds),
      (ours.seconds * 1000 / count).toFixed(0), (floor.seconds * 1000 / count).toFixed(0), s(cpuTotal(ours)), s(cpuTotal(floor)),
      ratio(cpuTotal(ours), cpuTotal(floor)), callsCell(ours.calls)]),
  );
}

/** A growth is called linear while the cost of each extra resource grows by at most this factor between size steps. */
export const LINEAR_TOLERANCE = 1.3;

/**
 * Is `up` linear in the stack size? The marginal cost per resource between consecutive sizes (CPU, the steady figure,
 * and wall time), e.g. 50→200 and 200→500: linear when the later step costs at most LINEAR_TOLERANCE x the earlier.
 */
export function growthVerdict(rows: GrowthRow[]): string {
  const sorted = [...rows].sort((a, b) => a.count - b.count);
  if (sorted.length < 3) return "growth: needs three sizes (--sizes) to tell linear from not";
  const marginal = (pick: (r: GrowthRow) => number) =>
    sorted.slice(1).map((r, i) => ((pick(r) - pick(sorted[i])) * 1000) / (r.count - sorted[i].count));
  const line = (name: string, pick: (r: GrowthRow) => number) => {
    const ms = marginal(pick);
    const worst = Math.max(...ms.slice(1).map((m, i) => m / ms[i]));
    const verdict = worst <= LINEAR_TOLERANCE ? "linear" : `not linear: the marginal cost grows ${worst.toFixed(2)}x`;
    return `${name}: ${ms.map((m) => m.toFixed(0)).join(" → ")} ms per extra resource, ${verdict}`;
  };
  const steps = sorted.map((r) => r.count).join("→");
  return [
    `growth ${steps}, CPU: ${line("ours", (r) => cpuTotal(r.ours))}; ${line("floor", (r) => cpuTotal(r.floor))}`,
    `growth ${steps}, wall: ${line("ours", (r) => r.ours.seconds)}; ${line("floor", (r) => r.floor.seconds)}`,
  ].join("\n");
}

export interface SmallRow {
  program: string;
  resources: number;
  ours: SmallRun;
  floor: SmallRun;
}

const smallCpu = (f: SmallFigures) => f.usage.cpuSeconds;

/** Each small stack's phases against its floor, with the empty program's figures for reference. */
export function smallTable(rows: SmallRow[], empty: SmallRun): string {
  const lines = rows.flatMap(({ program, resources, ours, floor }) =>
    SMALL_PHASES.map((phase) => {
      const o = ours[phase];
      const f = floor[phase];
      return [`${program} (${resources})`, phase, s(o.seconds), s(f.seconds), ratio(o.seconds, f.seconds), s(smallCpu(o)),
        s(smallCpu(f)), ratio(smallCpu(o), smallCpu(f)), s(empty[phase].seconds), s(smallCpu(empty[phase])), callsCell(o.calls)];
    }),
  );
  return table(["program (resources)", "phase", "ours s", "floor s", "ratio", "ours CPU s", "floor CPU s", "CPU ratio",
    "empty s", "empty CPU s", "API calls"], lines);
}
