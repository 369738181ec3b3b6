// Node's on-disk compile cache (Node 22.1 and later; a no-op before, or with NODE_DISABLE_COMPILE_CACHE=1): the
// dynamic provider process and the program load this package, zod and undici afresh on every `pulumi` command, and
// compiling them is most of that load (about 65 ms of CPU per process on the benchmark machine, saved from the second
// run on). Imported first by the package's entry points, so that what they load next is cached.
import * as nodeModule from "node:module";

(nodeModule as { enableCompileCache?: () => unknown }).enableCompileCache?.();
