// Ours and the floor's provider side by side, part by part, from their profile summaries (profile-summary.ts).
import type { ProfileSummary } from "./profile-summary";
import { table } from "./markdown-table";

/** Parts whose difference is under this many ms are summed into one "other" row. */
const SMALL_MS = 5;

type Row = { part: string; ours: number; floor: number };

const ms = (value: number) => value.toFixed(0);
const total = (parts: Map<string, number>) => [...parts.values()].reduce((sum, v) => sum + v, 0);

/** Busy, loading and running time, then each part by what ours costs beyond the floor, largest first. */
export function profileTable(ours: ProfileSummary, floor: ProfileSummary): string {
  const parts: Row[] = [];
  for (const kind of ["loading", "running"] as const) {
    for (const part of new Set([...ours[kind].keys(), ...floor[kind].keys()])) {
      parts.push({ part: `${kind}: ${part}`, ours: ours[kind].get(part) ?? 0, floor: floor[kind].get(part) ?? 0 });
    }
  }
  const differs = (r: Row) => Math.abs(r.ours - r.floor) >= SMALL_MS;
  const shown = parts.filter(differs).sort((a, b) => b.ours - b.floor - (a.ours - a.floor));
  const rest = parts.filter((r) => !differs(r));
  const other: Row = { part: `other (${rest.length} parts, each within ${SMALL_MS} ms)`, ours: 0, floor: 0 };
  for (const r of rest) {
    other.ours += r.ours;
    other.floor += r.floor;
  }
  const line = (r: Row) => [r.part, ms(r.ours), ms(r.floor), ms(r.ours - r.floor)];
  return table(["provider CPU, ms (profiled)", "ours", "floor", "ours - floor"], [
    line({ part: "busy", ours: ours.busyMs, floor: floor.busyMs }),
    line({ part: "loading", ours: total(ours.loading), floor: total(floor.loading) }),
    line({ part: "running", ours: total(ours.running), floor: total(floor.running) }),
    ...shown.map(line),
    ...(rest.length ? [line(other)] : []),
  ]);
}
