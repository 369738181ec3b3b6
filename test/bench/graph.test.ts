// The floor declares what the real stack declares: the same inputs (benchArgs, shared) and the same secret outputs.
import { describe, expect, it } from "vitest";
import { resources } from "../../sdk/resources";
import type { ResourceSpec } from "../../sdk/resource-spec";
import { secretOutputs } from "../../provider/core/secrets";
import { benchArgs, benchGraph, benchSecretOutputs } from "../fixtures/bench/graph";

describe("the benchmark floor's secrets", () => {
  it("are the outputs our provider marks secret for the same declarations", () => {
    for (const node of benchGraph(5)) {
      const spec = resources[node.kind] as unknown as ResourceSpec;
      expect(benchSecretOutputs(node.kind), node.kind).toEqual(secretOutputs(spec, benchArgs(node, "123")));
    }
  });
});
