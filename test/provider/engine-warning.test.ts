// A warning from a handler (an object left in place at destroy) reaches the user through the engine's Log service
// when the process is the engine's provider host, whose first argument is the engine's address; anywhere else it goes
// to stderr. A stand-in engine (a gRPC server of the same service) receives what `pulumi up` would show.
import { createRequire } from "node:module";
import * as path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";

// The same @grpc/grpc-js and protobuf modules as @pulumi/pulumi's, as engine-warning.ts loads them.
const require = createRequire(import.meta.url);
const pulumiDir = path.dirname(require.resolve("@pulumi/pulumi/package.json"));
const grpc = require(require.resolve("@grpc/grpc-js", { paths: [pulumiDir] }));
const engrpc = require("@pulumi/pulumi/proto/engine_grpc_pb");
const engproto = require("@pulumi/pulumi/proto/engine_pb");
const { Empty } = require(require.resolve("google-protobuf/google/protobuf/empty_pb.js", { paths: [pulumiDir] }));

describe("warnings of the provider", () => {
  let server: any;
  let port: number;
  const received: { severity: number; message: string }[] = [];
  const argv = process.argv[2];

  beforeAll(async () => {
    server = new grpc.Server();
    server.addService(engrpc.EngineService, {
      log: (call: any, done: (err: null, res: unknown) => void) => {
        received.push({ severity: call.request.getSeverity(), message: call.request.getMessage() });
        done(null, new Empty());
      },
    });
    port = await new Promise<number>((resolve, reject) =>
      server.bindAsync("127.0.0.1:0", grpc.ServerCredentials.createInsecure(), (err: Error | null, p: number) => (err ? reject(err) : resolve(p))));
  });
  afterAll(() => server?.forceShutdown());
  afterEach(() => {
    received.length = 0;
    process.argv[2] = argv;
    vi.restoreAllMocks();
  });

  /** warn() of a fresh provider process whose first argument is `first`; what stderr got. */
  async function warnAs(first: string | undefined, message: string): Promise<unknown[][]> {
    if (first === undefined) process.argv.splice(2);
    else process.argv[2] = first;
    vi.resetModules();
    const stderr = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    const { warn } = await import("../../provider/ownership/engine-warning");
    await warn(message);
    return stderr.mock.calls;
  }

  it("sends it to the engine as a warning, once per call, when started by the engine", async () => {
    for (const host of ["127.0.0.1", "localhost"]) {
      const stderr = await warnAs(`${host}:${port}`, `IP 9 was left in place (${host})`);
      expect(stderr).toEqual([]);
      expect(received).toEqual([{ severity: engproto.LogSeverity.WARNING, message: `IP 9 was left in place (${host})` }]);
      received.length = 0;
    }
  });

  it("prints it on stderr when the first argument is no engine address", async () => {
    for (const first of [undefined, "", "--flag", `127.0.0.1:${port}/x`, `x 127.0.0.1:${port}`, "127.0.0.1:", "127.0.0.1:80a"]) {
      expect(await warnAs(first, "IP 9 was left in place"), String(first)).toEqual([["warning: IP 9 was left in place"]]);
    }
    expect(received).toEqual([]);
  });
});
