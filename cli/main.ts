import { parseArgs } from "node:util";
import { closeHttpAgent } from "../sdk/http";
import { runExport, type CommandIo } from "./export/command";
import { printable } from "./export/printable";
import { recover } from "./recover/command";

export const USAGE = `Usage: telnyx-sip <command> [options]

Commands:
  export    Write a Pulumi program that adopts every SIP resource of a Telnyx account.
  recover   Make a stack usable again after a killed \`pulumi up\`: repair its files, remove the lock, settle pending creates.

telnyx-sip export --out <dir> [--api-key-env NAME] [--base-url URL] [--project NAME]
  --out DIR            Folder for index.ts, Pulumi.yaml, README.md, .gitignore, package.json and tsconfig.json
                       (created, or those files replaced; an existing .gitignore is kept, with the lines it lacks
                       appended; an existing package.json or tsconfig.json is kept as it is).
  --api-key-env NAME   Environment variable holding the API key (default TELNYX_API_KEY).
  --base-url URL       API base URL (default TELNYX_BASE_URL, else https://api.telnyx.com/v2).
  --project NAME       Pulumi project name (default telnyx-sip-account).
Progress and warnings go to stderr. When the account revealed secrets (passwords, tokens), they are written to
DIR/set-secrets.sh (owner-only), whose path is the one line printed on stdout: run it after \`pulumi stack init\`, then
delete it. Nothing else is printed on stdout, and no secret value anywhere.

telnyx-sip recover [--stack NAME] [--cwd DIR]
  --stack NAME         Stack to recover (default: the selected stack).
  --cwd DIR            The Pulumi project's folder (default: the current folder).
Uses the \`pulumi\` on PATH with your backend and passphrase settings; prints each thing it did.`;

class UsageError extends Error {}

function parseExport(args: string[]) {
  const { values } = parseArgs({
    args,
    options: {
      out: { type: "string" },
      "api-key-env": { type: "string" },
      "base-url": { type: "string" },
      project: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
    strict: true,
    allowPositionals: false,
  });
  if (values.help) return undefined;
  if (!values.out) throw new UsageError("export needs --out <dir>");
  if (values.project !== undefined && !/^[A-Za-z0-9_.-]+$/.test(values.project)) {
    throw new UsageError("--project must be letters, digits, hyphens, underscores or periods");
  }
  return { out: values.out, apiKeyEnv: values["api-key-env"], baseUrl: values["base-url"], project: values.project };
}

function parseRecover(args: string[]) {
  const { values } = parseArgs({
    args,
    options: { stack: { type: "string" }, cwd: { type: "string" }, help: { type: "boolean", short: "h" } },
    strict: true,
    allowPositionals: false,
  });
  return values.help ? undefined : { stack: values.stack, cwd: values.cwd };
}

/** Runs one command line; returns the exit code (2: bad usage, 1: the command failed). */
export async function run(argv: string[], io: CommandIo): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === "export") {
      const opts = parseExport(rest);
      if (opts) await runExport(opts, io);
      else io.stderr(USAGE);
      return 0;
    }
    if (command === "recover") {
      const opts = parseRecover(rest);
      if (opts) await recover({ ...opts, env: io.env, say: io.stdout });
      else io.stderr(USAGE);
      return 0;
    }
    if (command === undefined || command === "help" || command === "--help" || command === "-h") {
      io.stderr(USAGE);
      return command === undefined ? 2 : 0;
    }
    throw new UsageError(`unknown command "${command}"`);
  } catch (err) {
    const usage = err instanceof UsageError || (err as { code?: string }).code?.startsWith("ERR_PARSE_ARGS");
    // An export's errors may quote the API's answers: shown, never acted on by the terminal.
    const message = command === "export" ? printable((err as Error).message) : (err as Error).message;
    io.stderr(`telnyx-sip: ${message}${usage ? `\n\n${USAGE}` : ""}`);
    return usage ? 2 : 1;
  }
}

/** The `telnyx-sip` executable (bin/telnyx-sip.js). */
export async function main(): Promise<void> {
  const io: CommandIo = {
    env: process.env,
    stdout: (line) => process.stdout.write(`${line}\n`),
    stderr: (line) => process.stderr.write(`${line}\n`),
  };
  process.exitCode = await run(process.argv.slice(2), io);
  await closeHttpAgent();
}
