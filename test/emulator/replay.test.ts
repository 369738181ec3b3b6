import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import type { RecordedFixture } from "../../scripts/live/fixture";
import { replay } from "../replay/replay";
import { emulator } from "./helpers";

/*
 * Record once, replay forever: `npm run test:live -- --record` writes what the real API answered to
 * test/fixtures/recorded/; each such fixture is replayed here against the emulator, failing on every difference.
 * The hand-made sample keeps the replay machinery itself tested while no recording exists; it was written in the sparse
 * shape, unset fields left out, so it replays against the emulator's `unset: "omit"` mode.
 */

const fixtures = (dir: string): [string, RecordedFixture][] =>
  fs.existsSync(dir)
    ? fs.readdirSync(dir).filter((f) => f.endsWith(".json")).map((f) => [f, JSON.parse(fs.readFileSync(path.join(dir, f), "utf8"))])
    : [];

const recorded = fixtures(path.join(__dirname, "../fixtures/recorded"));
const [[, handMade]] = fixtures(path.join(__dirname, "../fixtures/replay-handmade"));

describe("replay of recorded live runs", () => {
  for (const [file, fixture] of recorded) {
    it(`${file}: the emulator answers as the real API did`, async () => {
      expect(fixture.source).toBe("recorded");
      const emu = await emulator();
      expect(await replay(fixture, `${emu.url}/v2`)).toEqual([]);
    });
  }

  it("replays the hand-made sample (not a live recording) with no difference", async () => {
    expect(handMade.source).toBe("hand-made");
    const emu = await emulator({ unset: "omit" });
    expect(await replay(handMade, `${emu.url}/v2`)).toEqual([]);
  });

  it("reports each kind of difference: a value, a missing key, an extra key, a status", async () => {
    const altered: RecordedFixture = JSON.parse(JSON.stringify(handMade));
    const created = altered.exchanges[0].responseBody as { data: Record<string, unknown> };
    created.data.whitelisted_destinations = ["US", "CA"];
    created.data.recorded_only = true;
    delete created.data.traffic_type;
    altered.exchanges[altered.exchanges.length - 1].status = 200;
    const emu = await emulator({ unset: "omit" });
    const differences = await replay(altered, `${emu.url}/v2`);
    expect(differences).toEqual([
      '#0 POST /outbound_voice_profiles data.whitelisted_destinations: 2 items recorded, 1 replayed',
      '#0 POST /outbound_voice_profiles data.whitelisted_destinations[1]: recorded "CA", replayed undefined',
      "#0 POST /outbound_voice_profiles data.recorded_only: recorded true, absent on replay",
      '#0 POST /outbound_voice_profiles data.traffic_type: absent in the recording, replayed "conversational"',
      `#8 GET ${altered.exchanges[8].path} status: 200 recorded, 404 replayed`,
    ]);
  });
});
