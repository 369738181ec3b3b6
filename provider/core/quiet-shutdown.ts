// When the engine stops a run early (a check failed, Ctrl-C), it shuts its resource monitor down while the program
// still waits on it. @pulumi/pulumi rewrites that rejection to "Resource monitor is terminating" and means the program
// to stop quietly, but leaves it unhandled: its handler then logs it to the engine, which is gone, and so prints a
// ~15-line gRPC trace ("Channel has been shut down") on stderr after the engine has already said why the run
// stopped. The program leaves at the first such rejection instead, with the code that tells the language host the
// error was already reported (cmd/run's bail code), so nothing more is printed.

/** What @pulumi/pulumi's runtime makes of a monitor RPC that failed because the engine is shutting down. */
const TERMINATING = "Resource monitor is terminating";
const GRPC_CANCELLED = 1;
const GRPC_UNAVAILABLE = 14;
const BAIL_EXIT_CODE = 32;

export const isMonitorShutdown = (err: unknown): boolean => {
  const e = err as { code?: unknown; message?: unknown } | null | undefined;
  return (e?.code === GRPC_UNAVAILABLE || e?.code === GRPC_CANCELLED) && e?.message === TERMINATING;
};

// Only where a handler is already there, as @pulumi/pulumi's program runner sets one before it loads the program: a
// listener would otherwise turn off Node's own report of every other unhandled rejection (a CLI or script importing
// the package). Prepended, so that it runs before the runner's, which would print the trace.
if (process.listenerCount("unhandledRejection") > 0) {
  process.prependListener("unhandledRejection", (err) => {
    if (isMonitorShutdown(err)) process.exit(BAIL_EXIT_CODE);
  });
}
