// The entry point of `pulumi-resource-telnyx-sip`: the engine starts it, reads the port it prints, and talks gRPC.
import * as grpc from "@grpc/grpc-js";
import * as path from "node:path";
import * as provrpc from "@pulumi/pulumi/proto/provider_grpc_pb";
import { providerService } from "./service";

// The package's version is the plugin's: what `pulumi plugin ls` and the state's provider record show.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { version } = require(path.join(__dirname, "..", "..", "package.json")) as { version: string };

async function main(): Promise<void> {
  const server = new grpc.Server({ "grpc.max_receive_message_length": 400 * 1024 * 1024 });
  // The engine's address is the first argument that is not a flag (`--logtostderr`, `-v=9`, `--tracing <addr>`).
  const args = process.argv.slice(2);
  const engineAddr = args.find((a, i) => !a.startsWith("-") && args[i - 1] !== "--tracing");
  server.addService(provrpc.ResourceProviderService, providerService(version, engineAddr) as unknown as grpc.UntypedServiceImplementation);
  const port = await new Promise<number>((resolve, reject) =>
    server.bindAsync("127.0.0.1:0", grpc.ServerCredentials.createInsecure(), (err, p) => (err ? reject(err) : resolve(p))),
  );
  // The engine reads the port from the first line of stdout; anything the plugin logs goes to stderr.
  process.stdout.write(`${port}\n`);
}

main().catch((err) => {
  console.error(`pulumi-resource-telnyx-sip: ${err instanceof Error ? err.message : err}`);
  process.exit(1);
});
