// The same program against an API that echoes secrets, one that omits them and one that masks them as ******** (the lifecycle test covers the
// redacting default), each answering sparse objects, unset fields left out (the lifecycle test covers whole objects, unset
// fields null, the real API's shape): no false diff after up or refresh, a changed password is one in-place update,
// and no secret in the state in clear.
import { afterAll, describe, expect, it } from "vitest";
import * as path from "node:path";
import { newStack, removeStack, repoRoot, stateText, TestStack } from "./pulumi";
import { TestEmulator } from "./emulator";

for (const secrets of ["echo", "omit", "mask8"] as const) {
  describe(`secrets mode ${secrets} of the API`, () => {
    let emu: TestEmulator;
    let t: TestStack;
    afterAll(async () => {
      if (t) removeStack(t);
      await emu?.close();
    });

    it("shows no change after up or refresh, and updates a changed password in place", async () => {
      emu = await TestEmulator.start({ secrets, unset: "omit" });
      t = await newStack(path.join(repoRoot, "test/fixtures/lifecycle"), `secrets-${secrets}`);
      await t.stack.setAllConfig({
        "telnyx:baseUrl": { value: emu.baseUrl },
        "telnyx:apiKey": { value: "modes-test-key", secret: true },
        password: { value: "Modes-pass-1111", secret: true },
        token: { value: "modes-token-1111aa", secret: true },
        userName: { value: `modes${secrets}01` },
      });
      await t.stack.up();
      await t.stack.preview({ expectNoChanges: true });
      await t.stack.refresh();
      await t.stack.preview({ expectNoChanges: true });

      await t.stack.setConfig("password", { value: "Modes-pass-2222", secret: true });
      const up = await t.stack.up();
      expect(up.summary.resourceChanges).toEqual({ same: 7, update: 2 }); // the credential and UAC connections
      const collections = await emu.collections();
      expect(collections.credential_connections[0].password).toBe("Modes-pass-2222");
      expect(collections.uac_connections[0].external_uac_settings.password).toBe("Modes-pass-2222");
      await t.stack.refresh();
      await t.stack.preview({ expectNoChanges: true });
      const state = stateText(t);
      for (const secret of ["Modes-pass-1111", "Modes-pass-2222", "modes-token-1111aa"]) expect(state).not.toContain(secret);
      await t.stack.destroy();
      expect(await emu.count()).toBe(0);
    });
  });
}
