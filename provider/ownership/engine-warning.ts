// A dynamic provider's handlers have no way to warn through the engine: the provider host drops whatever they print.
// The host is started with the engine's address as its first argument, so a warning (or a note) is sent to the
// engine's Log service directly, and shows in `pulumi up` and its --json events like any. Loaded only when there is one.

type Severity = "WARNING" | "INFO";
type Log = (severity: Severity, message: string) => Promise<void>;

let send: Log | undefined;

function engineLog(address: string): Log {
  /* eslint-disable @typescript-eslint/no-require-imports */
  const pulumiDir = require("node:path").dirname(require.resolve("@pulumi/pulumi/package.json"));
  const grpc = require(require.resolve("@grpc/grpc-js", { paths: [pulumiDir] }));
  const engrpc = require("@pulumi/pulumi/proto/engine_grpc_pb");
  const engproto = require("@pulumi/pulumi/proto/engine_pb");
  /* eslint-enable @typescript-eslint/no-require-imports */
  const client = new engrpc.EngineClient(address, grpc.credentials.createInsecure());
  return (severity, message) =>
    new Promise((resolve) => {
      const req = new engproto.LogRequest();
      req.setSeverity(engproto.LogSeverity[severity]);
      req.setMessage(message);
      client.log(req, () => resolve());
    });
}

function log(severity: Severity, message: string): Promise<void> {
  // Stryker disable next-line ConditionalExpression: choosing again on every call chooses the same (argv does not change).
  if (!send) {
    const address = process.argv[2];
    send =
      address && /^[\w.[\]:-]+:\d+$/.test(address)
        ? engineLog(address)
        : async (s, m) => void console.warn(`${s === "INFO" ? "info" : "warning"}: ${m}`);
  }
  return send(severity, message);
}

/** Warns the user through the engine when this process is the engine's provider host; on stderr otherwise. */
export const warn = (message: string): Promise<void> => log("WARNING", message);

/** Tells the user something they need to read the preview right (an adoption, not a create), the same way. */
export const inform = (message: string): Promise<void> => log("INFO", message);
