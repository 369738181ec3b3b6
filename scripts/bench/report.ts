// The benchmark's figures as text tables (Markdown pipe tables, so they paste into docs/benchmarks.md as they are).
import type { ApiCalls } from "./api-calls";
import { ROLES } from "./process-tree";
import type { PhaseFigures } from "./phases";
import type { StateSize } from "./state-size";

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

function table(headers: string[], rows: string[][]): string {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(" | ")} |`;
  return [line(headers), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)].join("\n");
}

const s = (seconds: number) => seconds.toFixed(1);
const ratio = (ours: number, floor: number) => (ours / floor).toFixed(2);
const mb = (megabytes: number) => megabytes.toFixed(0);
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

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

/** The fewest calls each phase can make: one per resource, none for a no-change preview. */
const minimumCalls = (phase: string, count: number) => (phase === "preview" ? 0 : count);

export function phaseTable(ours: RunFigures, floor: RunFigures): string {
  const rows = ours.phases.map((o, i) => {
    const f = floor.phases[i];
    return [o.phase, s(o.seconds), s(f.seconds), ratio(o.seconds, f.seconds), mb(o.usage.peakMb), mb(f.usage.peakMb),
      callsCell(o.calls), String(minimumCalls(o.phase, ours.count))];
  });
  return table(["phase", "ours s", "floor s", "ratio", "ours MB", "floor MB", "API calls", "minimum"], rows);
}

type Named = { name: string; run: RunFigures }[];

const cpuTotal = (p: PhaseFigures) => ROLES.reduce((sum, r) => sum + p.usage.cpuByRole[r], 0);

export function cpuTable(runs: Named): string {
  const rows = runs.flatMap(({ name, run }) =>
    run.phases.map((p) => [`${name} ${p.phase}`, ...ROLES.map((r) => s(p.usage.cpuByRole[r])), s(cpuTotal(p))]),
  );
  return table(["run", ...ROLES, "total"], rows);
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

export function growthTable(rows: GrowthRow[]): string {
  return table(
    ["resources", "ours s", "floor s", "ratio", "ours ms/resource", "floor ms/resource", "ours CPU s", "floor CPU s", "API calls"],
    rows.map(({ count, ours, floor }) => [String(count), s(ours.seconds), s(floor.seconds), ratio(ours.seconds, floor.seconds),
      (ours.seconds * 1000 / count).toFixed(0), (floor.seconds * 1000 / count).toFixed(0), s(cpuTotal(ours)), s(cpuTotal(floor)),
      callsCell(ours.calls)]),
  );
}
