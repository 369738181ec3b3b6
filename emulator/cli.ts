#!/usr/bin/env node
import { parseCli, USAGE } from "./cli-args";
import { startEmulator } from "./index";

/** `telnyx-emulator`: prints exactly one line, the URL, once listening; Ctrl-C saves state and exits. */
async function main(): Promise<void> {
  let opts;
  try {
    opts = parseCli(process.argv.slice(2));
  } catch (err) {
    process.stderr.write(`${(err as Error).message}\n${USAGE}\n`);
    process.exit(2);
  }
  if (opts.help) {
    process.stderr.write(`${USAGE}\n`);
    return;
  }
  const { help: _help, ...options } = opts;
  const emulator = await startEmulator(options);
  process.stdout.write(`${emulator.url}\n`);
  const stop = (): void => {
    emulator.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}

main().catch((err: unknown) => {
  process.stderr.write(`telnyx-emulator: ${(err as Error).message}\n`);
  process.exit(1);
});
