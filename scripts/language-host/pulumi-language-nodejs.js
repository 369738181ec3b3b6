#!/usr/bin/env node
// A Node.js language host for the Pulumi CLI (the engine's `pulumi-language-nodejs` plugin).
// Pulumi's own host is a Go module the Go module proxy here does not serve, so this one stands in:
// it speaks the same LanguageRuntime gRPC protocol and runs programs exactly as the real host does,
// by spawning `@pulumi/pulumi/cmd/run` in a fresh `node` per Run request, and policy packs
// (`pulumi preview --policy-pack`) by spawning `@pulumi/pulumi/cmd/run-policy-pack` per RunPlugin request.
"use strict";
const path = require("node:path");
const { spawn } = require("node:child_process");

// Resolve @pulumi/pulumi (and its grpc) from the program's directory, as the real host does.
const sdkRoot = path.dirname(require.resolve("@pulumi/pulumi/package.json", { paths: [process.cwd(), __dirname] }));
const grpc = require(require.resolve("@grpc/grpc-js", { paths: [sdkRoot] }));
const langproto = require(path.join(sdkRoot, "proto/language_pb.js"));
const langrpc = require(path.join(sdkRoot, "proto/language_grpc_pb.js"));
const pluginproto = require(path.join(sdkRoot, "proto/plugin_pb.js"));
const emptyproto = require(require.resolve("google-protobuf/google/protobuf/empty_pb.js", { paths: [sdkRoot] }));
const sdkVersion = require(path.join(sdkRoot, "package.json")).version;

const BAIL_EXIT_CODE = 32; // cmd/run exits with this after it has already logged a user-facing error

const engineAddress = process.argv.slice(2).filter((a) => !a.startsWith("-"))[0] ?? "";

function runArgs(req) {
  const info = req.getInfo();
  const programDir = info?.getProgramDirectory() || req.getPwd() || process.cwd();
  const entry = info?.getEntryPoint() || req.getProgram() || ".";
  const args = [path.join(sdkRoot, "cmd/run"), `--monitor=${req.getMonitorAddress()}`];
  const add = (flag, value) => value && args.push(`--${flag}=${value}`);
  add("engine", engineAddress);
  add("organization", req.getOrganization());
  add("project", req.getProject());
  add("stack", req.getStack());
  add("pwd", programDir);
  add("root-directory", info?.getRootDirectory());
  add("parallel", String(req.getParallel() || ""));
  if (req.getDryrun()) args.push("--dry-run");
  args.push(entry, ...req.getArgsList());
  return { args, programDir, options: info?.getOptions()?.toJavaScript() ?? {} };
}

function runEnv(req, options) {
  const config = {};
  for (const [k, v] of req.getConfigMap().entries()) config[k] = v;
  return {
    ...process.env,
    PULUMI_CONFIG: JSON.stringify(config),
    PULUMI_CONFIG_SECRET_KEYS: JSON.stringify(req.getConfigsecretkeysList()),
    PULUMI_NODEJS_TYPESCRIPT: String(options.typescript ?? true),
    ...(options.tsconfig ? { PULUMI_NODEJS_TSCONFIG_PATH: String(options.tsconfig) } : {}),
    ...(options.transpileOnly !== undefined ? { PULUMI_NODEJS_TRANSPILE_ONLY: String(options.transpileOnly) } : {}),
  };
}

const host = {
  handshake(call, cb) {
    cb(null, new langproto.LanguageHandshakeResponse());
  },
  getPluginInfo(call, cb) {
    cb(null, new pluginproto.PluginInfo().setVersion(sdkVersion));
  },
  getRequiredPlugins(call, cb) {
    cb(null, new langproto.GetRequiredPluginsResponse().setPluginsList([]));
  },
  getRequiredPackages(call, cb) {
    cb(null, new langproto.GetRequiredPackagesResponse().setPackagesList([]));
  },
  getProgramDependencies(call, cb) {
    cb(null, new langproto.GetProgramDependenciesResponse().setDependenciesList([]));
  },
  runtimeOptionsPrompts(call, cb) {
    cb(null, new langproto.RuntimeOptionsResponse());
  },
  about(call, cb) {
    cb(null, new langproto.AboutResponse().setExecutable(process.execPath).setVersion(process.version));
  },
  installDependencies(call) {
    // Dependencies come from the repo's own `npm ci`; nothing to install here.
    call.end();
  },
  cancel(call, cb) {
    cb(null, new emptyproto.Empty());
  },
  run(call, cb) {
    const req = call.request;
    const { args, programDir, options } = runArgs(req);
    const child = spawn(process.execPath, args, { cwd: programDir, env: runEnv(req, options), stdio: "inherit" });
    children.add(child);
    child.on("error", (err) => cb(null, new langproto.RunResponse().setError(`could not start node: ${err.message}`)));
    child.on("exit", (code, signal) => {
      children.delete(child);
      const resp = new langproto.RunResponse();
      if (code === BAIL_EXIT_CODE) resp.setBail(true);
      else if (code !== 0) resp.setError(`Program exited with non-zero exit code: ${code ?? signal}`);
      cb(null, resp);
    });
  },
  runPlugin, // below: policy packs
};

// When `pulumi` is killed nothing tells its plugins: exit (taking the program with us) once our parent is gone,
// instead of living on re-parented to init.
const children = new Set();
const engine = process.ppid;
setInterval(() => {
  if (process.ppid === engine) return;
  for (const child of children) child.kill("SIGKILL");
  process.exit(1);
}, 1000).unref();

/** The environment of a RunPlugin request ("K=V" strings) over our own. */
function pluginEnv(req) {
  const env = { ...process.env };
  for (const kv of req.getEnvList()) {
    const eq = kv.indexOf("=");
    if (eq > 0) env[kv.slice(0, eq)] = kv.slice(eq + 1);
  }
  return env;
}

/**
 * Runs a policy pack (the only plugin kind the engine asks a Node.js host to run here), streaming its output back.
 * As in the real host: cmd/run-policy-pack of the pack's own @pulumi/pulumi, the engine's arguments, then the pack's
 * folder last, with the pack's folder as working directory. Its first stdout line is the port the engine connects to.
 */
function runPlugin(call) {
  const req = call.request;
  const packDir = req.getInfo()?.getProgramDirectory() || req.getPwd();
  const send = (set, value) => call.write(set(new langproto.RunPluginResponse(), value));
  if (req.getKind() !== "analyzer") {
    send((r, v) => r.setStderr(v), Buffer.from(`this language host runs only policy packs, not ${req.getKind()} plugins\n`));
    send((r, v) => r.setExitcode(v), 1);
    return call.end();
  }
  const options = req.getInfo()?.getOptions()?.toJavaScript() ?? {};
  const packSdk = path.dirname(require.resolve("@pulumi/pulumi/package.json", { paths: [packDir] }));
  const args = [path.join(packSdk, "cmd/run-policy-pack"), ...req.getArgsList(), packDir];
  const env = { ...pluginEnv(req), PULUMI_NODEJS_TYPESCRIPT: String(options.typescript ?? true) };
  const child = spawn(process.execPath, args, { cwd: packDir, env, stdio: ["ignore", "pipe", "pipe"] });
  children.add(child);
  child.stdout.on("data", (d) => send((r, v) => r.setStdout(v), d));
  child.stderr.on("data", (d) => send((r, v) => r.setStderr(v), d));
  child.on("error", (err) => {
    send((r, v) => r.setStderr(v), Buffer.from(`could not start node: ${err.message}\n`));
    send((r, v) => r.setExitcode(v), 1);
    call.end();
  });
  child.on("close", (code) => {
    children.delete(child);
    send((r, v) => r.setExitcode(v), code ?? 1);
    call.end();
  });
  // The engine cancels the stream when it is done with the pack.
  call.on("cancelled", () => child.kill());
}

const server = new grpc.Server();
server.addService(langrpc.LanguageRuntimeService, host);
server.bindAsync("127.0.0.1:0", grpc.ServerCredentials.createInsecure(), (err, port) => {
  if (err) {
    console.error(`language host could not listen: ${err.message}`);
    process.exit(1);
  }
  process.stdout.write(`${port}\n`);
});
