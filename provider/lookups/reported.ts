import * as pulumi from "@pulumi/pulumi";

/**
 * Runs a lookup so that its failure reaches `pulumi up` as one line naming the lookup: a RunError, which Pulumi
 * prints without a stack trace or a dump of the error's fields.
 */
export async function reported<T>(lookup: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    const failure = new pulumi.RunError(message.startsWith(`${lookup}:`) ? message : `${lookup}: ${message}`);
    // Pulumi still formats an error's stack with util.inspect for its trace, which on Node 20 takes minutes on
    // source-mapped frames. A RunError's stack is never shown: without one, the failure is reported at once.
    failure.stack = undefined;
    throw failure;
  }
}
