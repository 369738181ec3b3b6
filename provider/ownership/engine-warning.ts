// A dynamic provider's handlers have no way to warn through the engine: the provider host drops whatever they print.
// The host is started with the engine's address as its first argument, so a warning is sent to the engine's Log
// service directly, and shows in `pulumi up` and its --json events like any warning. Loaded only when there is one.

type Log = (message: string) => Promise<void>;

let send: Log | undefined;

function engineLog(address: string): Log {
  /* eslint-disable @typescript-eslint/no-require-imports */
  const pulumiDir = require("node:path").dirname(require.resolve("@pulumi/pulumi/package.json"));
  const grpc = require(require.resolve("@grpc/grpc-js", { paths: [pulumiDir] }));
  const engrpc = require("@pulumi/pulumi/proto/engine_grpc_pb");
  const engproto = require("@pulumi/pulumi/proto/engine_pb");
  /* eslint-enable @typescript-eslint/no-require-imports */
  const client = new engrpc.EngineClient(address, grpc.credentials.createInsecure());
  return (message) =>
    new Promise((resolve) => {
      const req = new engproto.LogRequest();
      req.setSeverity(engproto.LogSeverity.WARNING);
      req.setMessage(message);
      client.log(req, () => resolve());
    });
}

/** Warns the user through the engine when this process is the engine's provider host; on stderr otherwise. */
export function warn(message: string): Promise<void> {
  // Stryker disable next-line ConditionalExpression: choosing again on every call chooses the same (argv does not change).
  if (!send) {
    const address = process.argv[2];
    send = address && /^[\w.[\]:-]+:\d+$/.test(address) ? engineLog(address) : async (m) => void console.warn(`warning: ${m}`);
  }
  return send(message);
}
