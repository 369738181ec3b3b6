// The dynamic-provider host prints each error of check, diff, read and delete as `${e}: ${e.stack}` before the engine
// shows it under the resource; that echo is dropped, and nothing else (provider/core/host-echo.ts).
import { afterAll, expect, it, vi } from "vitest";
import { dropHostEchoes, unechoed } from "../../provider/core/host-echo";

const original = console.error;
const printed = vi.fn();
console.error = printed;
dropHostEchoes();
afterAll(() => {
  console.error = original;
});

/** What the host does with a handler's error (@pulumi/pulumi cmd/dynamic-provider). */
async function host(call: () => Promise<unknown>): Promise<void> {
  try {
    await call();
  } catch (e) {
    console.error(`${e}: ${(e as Error).stack}`);
  }
}

it("drops the host's echo of a handler's error, and prints everything else", async () => {
  await host(() => unechoed(async () => Promise.reject(new Error("refused at preview"))));
  expect(printed).not.toHaveBeenCalled();
  // The same error thrown outside a wrapped handler, and any other line, are printed as they are.
  await host(async () => Promise.reject(new Error("from elsewhere")));
  console.error("a line of its own");
  expect(printed.mock.calls.map((c) => String(c[0]).split("\n")[0])).toEqual(["Error: from elsewhere: Error: from elsewhere", "a line of its own"]);
});

it("forgets an error nobody echoed, so that the same text printed later is shown", async () => {
  printed.mockClear();
  const err = new Error("not echoed");
  await unechoed(async () => Promise.reject(err)).catch(() => undefined);
  await new Promise((r) => setImmediate(r));
  console.error(`${err}: ${err.stack}`);
  expect(printed).toHaveBeenCalledTimes(1);
});
