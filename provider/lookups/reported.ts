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
    throw new pulumi.RunError(message.startsWith(`${lookup}:`) ? message : `${lookup}: ${message}`);
  }
}
