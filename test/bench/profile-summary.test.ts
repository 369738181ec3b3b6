// A provider's profile split into loading and running, each by package, and ours beside the floor's.
import { describe, expect, it } from "vitest";
import { mergeSummaries, packageOf, summarizeProfile, type CpuProfile } from "../../scripts/bench/profile-summary";
import { profileTable } from "../../scripts/bench/profile-table";

const OURS = "file:///tmp/stage/node_modules/pulumi-telnyx-sip/dist/sdk/schemas/ip.js";
const ZOD = "file:///tmp/stage/node_modules/zod/v4/classic/schemas.cjs";
const UNDICI = "file:///tmp/stage/node_modules/undici/lib/dispatcher/client-h1.js";

type Node = CpuProfile["nodes"][number];
const frame = (functionName: string, url = "", lineNumber = 10) => ({ functionName, url, lineNumber });

/** A tree: root > require > our schema module (top-level) > zod's object(); root > onData in undici; gc; idle. */
function profile(): CpuProfile {
  const nodes: Node[] = [
    { id: 1, callFrame: frame("(root)"), children: [2, 5, 6, 7, 8] },
    { id: 2, callFrame: frame("require", "node:internal/modules/helpers"), children: [3] },
    { id: 3, callFrame: frame("", OURS, 0), children: [4] },
    { id: 4, callFrame: frame("object", ZOD) },
    { id: 5, callFrame: frame("onData", UNDICI) },
    { id: 6, callFrame: frame("(garbage collector)") },
    { id: 7, callFrame: frame("(idle)") },
    { id: 8, callFrame: frame("readFileUtf8") },
  ];
  // µs per sample, in the order of `samples`.
  return { nodes, samples: [4, 3, 5, 5, 6, 7, 8], timeDeltas: [3000, 1000, 2000, 500, 700, 9000, 300] };
}

describe("packageOf", () => {
  it("names a package, a scoped package, Node's own modules and V8's pseudo-frames", () => {
    expect(packageOf(frame("x", ZOD))).toBe("zod");
    expect(packageOf(frame("x", "file:///a/node_modules/@grpc/grpc-js/build/src/server.js"))).toBe("@grpc/grpc-js");
    expect(packageOf(frame("x", "file:///a/node_modules/b/node_modules/undici/index.js"))).toBe("undici");
    expect(packageOf(frame("emit", "node:events"))).toBe("node");
    expect(packageOf(frame("(garbage collector)"))).toBe("(garbage collector)");
    expect(packageOf(frame("writeLatin1String"))).toBe("native");
    expect(packageOf(frame("x", "file:///tmp/prof/hook.js"))).toBe("/tmp/prof/hook.js");
  });
});

describe("summarizeProfile", () => {
  const summary = summarizeProfile(profile());

  it("counts every sample but idle ones", () => {
    expect(summary.busyMs).toBeCloseTo(7.5);
  });

  it("gives time under a require to the module whose top-level code ran, whatever it called", () => {
    expect(Object.fromEntries(summary.loading)).toEqual({ "pulumi-telnyx-sip": 4 });
  });

  it("gives every other sample to the package on top of the stack", () => {
    expect(Object.fromEntries(summary.running)).toEqual({ undici: 2.5, "(garbage collector)": 0.7, native: 0.3 });
  });

  it("adds the summaries of several processes", () => {
    const both = mergeSummaries([summary, summary]);
    expect(both.busyMs).toBeCloseTo(15);
    expect(both.loading.get("pulumi-telnyx-sip")).toBe(8);
    expect(both.running.get("undici")).toBe(5);
  });
});

describe("profileTable", () => {
  const summary = (loading: Record<string, number>, running: Record<string, number>) => ({
    busyMs: [...Object.values(loading), ...Object.values(running)].reduce((a, b) => a + b, 0),
    loading: new Map(Object.entries(loading)),
    running: new Map(Object.entries(running)),
  });
  const ours = summary({ "@pulumi/pulumi": 500, zod: 40 }, { undici: 100, node: 60, grpc: 30 });
  const floor = summary({ "@pulumi/pulumi": 510 }, { node: 58, grpc: 45 });
  const rows = profileTable(ours, floor).split("\n").slice(2).map((line) => line.split("|").slice(1, -1).map((c) => c.trim()));

  it("puts the totals first, then each part by ours minus the floor's, largest first", () => {
    expect(rows.map((r) => r[0])).toEqual([
      "busy", "loading", "running", "running: undici", "loading: zod", "loading: @pulumi/pulumi", "running: grpc",
      "other (1 parts, each within 5 ms)",
    ]);
    expect(rows[0]).toEqual(["busy", "730", "613", "117"]);
    expect(rows[3]).toEqual(["running: undici", "100", "0", "100"]);
    expect(rows[6]).toEqual(["running: grpc", "30", "45", "-15"]);
  });

  it("sums the parts that differ by less than 5 ms into one row", () => {
    expect(rows[7]).toEqual(["other (1 parts, each within 5 ms)", "60", "58", "2"]);
  });
});
