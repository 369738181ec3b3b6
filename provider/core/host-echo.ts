// @pulumi/pulumi's dynamic-provider host prints every error a check, diff, read or delete throws on its stderr,
// with its JavaScript stack (`${e}: ${e.stack}`), before handing it to the engine, which shows it under the resource.
// The engine then shows that stderr too: each message appeared three times, the last with stack frames. The engine's
// copy names the resource, so the host's echo of an error thrown by these handlers is dropped; anything else the
// process prints is shown as before.

/** The host's lines for errors thrown by a wrapped handler and not echoed yet. */
const pending = new Set<string>();

/** Runs a handler of the host's echoing kind, remembering the line the host will print for its error. */
export async function unechoed<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (err) {
    if (err instanceof Error) {
      const line = `${err}: ${err.stack}`;
      pending.add(line);
      // The host prints in the continuation of this rejection, before any timer: forget a line nobody printed (the
      // provider plugin runs these handlers too, and echoes nothing).
      setImmediate(() => pending.delete(line));
    }
    throw err;
  }
}

let installed = false;

/** Called in the engine's dynamic-provider process only (its configure), where the host prints. */
export function dropHostEchoes(): void {
  if (installed) return;
  installed = true;
  const error = console.error;
  console.error = (...args: unknown[]) => {
    if (args.length === 1 && typeof args[0] === "string" && pending.delete(args[0])) return;
    error.apply(console, args);
  };
}
