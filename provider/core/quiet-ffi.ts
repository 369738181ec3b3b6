// Pulumi serializes every dynamic provider by first require()-ing each of Node's built-in modules, and on Node 26 one
// of them, the experimental `node:ffi`, prints an ExperimentalWarning that every `pulumi up` shows as diagnostics,
// though neither Pulumi nor this package uses it. Loaded here once, with that one warning held back, the module is
// cached and Pulumi's require() of it prints nothing; every other warning, this module's on other paths included,
// is emitted as usual.
import * as nodeModule from "node:module";

const FFI = "node:ffi";

if (nodeModule.builtinModules.includes(FFI)) {
  const emitWarning = process.emitWarning;
  process.emitWarning = function (this: NodeJS.Process, warning: string | Error, ...rest: unknown[]) {
    const text = typeof warning === "string" ? warning : warning.message;
    if (/\bFFI\b/.test(text)) return;
    return (emitWarning as (...args: unknown[]) => void).call(this, warning, ...rest);
  } as typeof process.emitWarning;
  try {
    require(FFI);
  } finally {
    process.emitWarning = emitWarning;
  }
}
