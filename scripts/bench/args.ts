// Command-line options of `npm run bench -- [options]`.
import { parseArgs } from "node:util";

export const USAGE = `usage: npm run bench -- [--size N] [--sizes N,N,...] [--repeat N] [--latency-ms N] [--tables LIST] [--json FILE]

  --size N          resources in the stack measured through every phase (default 200)
  --sizes LIST      stack sizes whose \`up\` time is compared, comma-separated (default 50,200,500)
  --repeat N        measure the --size stack's phases N times, ours and floor in turn (each first in turn), and
                    keep each phase's median run by CPU (default 1; 3 steadies the figures on a busy machine)
  --latency-ms N    emulator latency per API call, for ours and the floor alike (default 50)
  --tables LIST     which tables to measure, comma-separated: phases (the --size stack through every phase),
                    small (the root program and an example against their floors and an empty program), growth
                    (default phases,small,growth)
  --json FILE       also write every figure to FILE as JSON`;

export type Table = "phases" | "small" | "growth";
const TABLES: Table[] = ["phases", "small", "growth"];

export interface BenchOptions {
  size: number;
  sizes: number[];
  repeat: number;
  latencyMs: number;
  tables: Table[];
  json?: string;
}

/** The integer value of `--flag`, at least `min`; an error that shows `usage` otherwise. */
export function count(flag: string, text: string, min: number, usage = USAGE): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < min) throw new Error(`--${flag} must be an integer >= ${min}, got "${text}"\n${usage}`);
  return n;
}

/** Undefined when --help was asked for. */
export function parseBenchArgs(argv: string[]): BenchOptions | undefined {
  const { values } = parseArgs({
    args: argv,
    options: {
      size: { type: "string", default: "200" },
      sizes: { type: "string", default: "50,200,500" },
      repeat: { type: "string", default: "1" },
      "latency-ms": { type: "string", default: "50" },
      tables: { type: "string", default: TABLES.join(",") },
      json: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help) return undefined;
  return {
    size: count("size", values.size, 1),
    sizes: values.sizes.split(",").map((s) => count("sizes", s.trim(), 1)),
    repeat: count("repeat", values.repeat, 1),
    latencyMs: count("latency-ms", values["latency-ms"], 0),
    tables: values.tables.split(",").map((t) => {
      if (!TABLES.includes(t.trim() as Table)) throw new Error(`--tables: unknown table "${t}"\n${USAGE}`);
      return t.trim() as Table;
    }),
    json: values.json,
  };
}
