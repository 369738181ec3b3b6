// The root program against an API that fails a fifth of its requests and rate-limits the rest: it converges, with
// no duplicate and no orphan, and a no-change preview afterwards.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { newStack, removeStack, repoRoot, TestStack } from "./pulumi";
import { TestEmulator } from "./emulator";

/** What the root program owns; fqdns include the record Telnyx makes for the UAC connection. */
const EXPECTED = {
  credential_connections: 1, ip_connections: 1, fqdn_connections: 1, uac_connections: 1,
  ips: 2, fqdns: 3, outbound_voice_profiles: 1, access_ip_ranges: 1,
};

describe("deploying through API faults", () => {
  let emu: TestEmulator;
  let t: TestStack;

  beforeAll(async () => {
    emu = await TestEmulator.start({ faultRate: 0.2, rateLimit: 25, seed: 20261125 });
    t = await newStack(repoRoot, "faults");
    await t.stack.setAllConfig({
      "telnyx:baseUrl": { value: emu.baseUrl },
      "telnyx:apiKey": { value: "faults-test-key", secret: true },
      "telnyx-sip:pbxPassword": { value: "Faults-pbx-pass-1", secret: true },
      "telnyx-sip:uacPassword": { value: "Faults-uac-pass-1", secret: true },
      "telnyx-sip:carrierToken": { value: "faults-carrier-token-1", secret: true },
    });
  });
  afterAll(async () => {
    if (t) removeStack(t);
    await emu?.close();
  });

  it("converges in at most two ups, with no duplicate and no orphan", async () => {
    let ups = 0;
    for (let done = false; !done && ups < 2; ) {
      ups++;
      done = await t.stack.up().then(
        () => true,
        () => false,
      );
    }
    await t.stack.refresh(); // reads through faults too
    const { injected } = await emu.faults();
    const survived = Object.values(injected).reduce((a, b) => a + b, 0);
    console.log(`converged in ${ups} up(s), surviving ${survived} injected faults: ${JSON.stringify(injected)}`);
    expect(survived).toBeGreaterThan(0);

    await emu.setFaults({ fault_rate: 0, rate_limit: 0 });
    const collections = await emu.collections();
    const counts = Object.fromEntries(Object.entries(collections).map(([k, v]) => [k, v.length]));
    expect(counts).toEqual(EXPECTED);

    // No orphan: every object in the account is in the state (or managed by a connection that is).
    const state = JSON.stringify((await t.stack.exportStack()).deployment);
    const uac = collections.uac_connections[0];
    for (const [name, objects] of Object.entries(collections)) {
      for (const o of objects) {
        if (name === "fqdns" && o.connection_id === uac.id) continue;
        expect(state, `${name} ${o.id} is not in the state`).toContain(`"${o.id}"`);
      }
    }
    await t.stack.preview({ expectNoChanges: true });
  });

  it("destroys through faults, leaving nothing behind", async () => {
    await emu.setFaults({ fault_rate: 0.2, rate_limit: 25 });
    await t.stack.destroy().catch(() => t.stack.destroy());
    await emu.setFaults({ fault_rate: 0 });
    expect(await emu.count()).toBe(0);
  });
});
