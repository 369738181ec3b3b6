// The floor declares what the real stack declares: the same inputs (benchArgs, shared) and the same secret outputs.
import { describe, expect, it } from "vitest";
import { resources } from "../../sdk/resources";
import type { ResourceSpec } from "../../sdk/resource-spec";
import { secretOutputs } from "../../provider/core/secrets";
import { benchArgs, benchGraph, benchSecretOutputs, kindCounts } from "../fixtures/bench/graph";

describe("the benchmark floor's secrets", () => {
  it("are the outputs our provider marks secret for the same declarations", () => {
    for (const node of benchGraph(10)) {
      const spec = resources[node.kind] as unknown as ResourceSpec;
      expect(benchSecretOutputs(node.kind), node.kind).toEqual(secretOutputs(spec, benchArgs(node, "123")));
    }
  });
});

describe("the benchmark graph", () => {
  it("is shaped as a carrier's account: IPs and FQDNs are seven in ten", () => {
    expect(kindCounts(benchGraph(200))).toEqual({ outboundVoiceProfile: 20, ipConnection: 20, ip: 80, fqdnConnection: 20, fqdn: 60 });
  });

  it("has unique names and keys at 2,000 resources, every parent declared before its children", () => {
    const nodes = benchGraph(2000);
    const names = new Set<string>();
    const keys = new Set<string>();
    for (const node of nodes) {
      if (node.parent) expect(names.has(node.parent), `${node.name} before its parent ${node.parent}`).toBe(true);
      expect(names.has(node.name), node.name).toBe(false);
      names.add(node.name);
      const args = benchArgs(node, node.parent);
      if (node.kind === "ip" || node.kind === "fqdn") {
        const key = JSON.stringify([args.connectionId, args.ipAddress ?? args.fqdn]);
        expect(keys.has(key), key).toBe(false);
        keys.add(key);
      }
    }
    expect(keys.size).toBe(1400);
  });
});
