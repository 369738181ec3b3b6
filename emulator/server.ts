import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { controlRefusal } from "./control-guard";
import { errorReply, type Reply } from "./envelope";
import { ApiError, badRequest, errorItem, notFound, unauthorized } from "./errors";
import type { LogEntry } from "./request-log";
import type { Router } from "./router";
import type { Runtime } from "./runtime";

/**
 * HTTP pipeline. For /v1 and /v2: log -> latency -> rate limit -> fault draw -> auth ->
 * route -> persist -> respond. /_emulator requests skip logging, latency, limits and faults, and are served only to
 * the emulator's own origin (control-guard.ts).
 */

const isControl = (path: string): boolean => path === "/_emulator" || path.startsWith("/_emulator/");
const isApi = (path: string): boolean => /^\/v[12](\/|$)/.test(path);
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

/** An empty body (e.g. the documented PATCH/check examples send none) reads as "no fields". */
function parseJson(raw: string): unknown {
  if (raw.trim() === "") return undefined;
  try {
    return JSON.parse(raw);
  } catch {
    throw badRequest("The request body is not valid JSON.");
  }
}

/** A bearer token, and one of the accepted keys when the emulator has a list of them. */
function authorized(header: string | undefined, apiKeys: string[]): boolean {
  const token = /^Bearer\s+(\S+)/i.exec(header ?? "")?.[1];
  return !!token && (apiKeys.length === 0 || apiKeys.includes(token));
}

function send(res: ServerResponse, reply: Reply): void {
  const body = reply.body === undefined ? "" : JSON.stringify(reply.body);
  res.writeHead(reply.status, { "content-type": "application/json", ...reply.headers });
  res.end(body);
}

async function dispatch(router: Router, req: IncomingMessage, url: URL, raw: string, apiKeys?: string[]): Promise<Reply> {
  const method = req.method ?? "GET";
  try {
    if (apiKeys && !authorized(req.headers.authorization, apiKeys)) {
      // Telzino has its own (non-Telnyx) error shape.
      if (url.pathname.startsWith("/v1/")) return { status: 401, body: { success: false, error: "Unauthorized" } };
      throw unauthorized();
    }
    const match = router.match(method, url.pathname);
    if (!match) throw notFound(`No route for ${method} ${url.pathname}.`);
    const body = parseJson(raw);
    return await match.handler({ params: match.params, query: url.searchParams, body });
  } catch (err) {
    if (err instanceof ApiError) return errorReply(err);
    process.stderr.write(`telnyx-emulator: ${(err as Error).stack ?? String(err)}\n`);
    return errorReply(new ApiError(500, [errorItem("10007", "Unexpected error in the emulator.")]));
  }
}

async function handleApi(rt: Runtime, api: Router, req: IncomingMessage, res: ServerResponse, url: URL, raw: string): Promise<void> {
  const entry: LogEntry = { method: req.method ?? "GET", path: url.pathname, query: url.search.replace(/^\?/, ""), status: null, at: new Date().toISOString() };
  rt.log.add(entry);
  const { latency_ms } = rt.faults.settings;
  if (latency_ms > 0) await sleep(latency_ms);

  const limit = rt.limiter.check();
  if (!limit.allowed) {
    rt.faults.count("rate_limited");
    entry.status = 429;
    return send(res, errorReply(new ApiError(429, [errorItem("10011", "Too many requests, please retry later.")], limit.headers)));
  }

  const fault = rt.faults.pick(entry.method, url.pathname);
  if (fault) entry.fault = fault;
  if (fault === "drop_before") return void req.socket.destroy();
  if (fault && fault !== "drop_after") {
    const reply = rt.faults.reply(fault);
    entry.status = reply.status;
    return send(res, reply);
  }

  const reply = await dispatch(api, req, url, raw, rt.apiKeys);
  rt.ctx.store.flush();
  if (fault === "drop_after") return void req.socket.destroy();
  entry.status = reply.status;
  send(res, { ...reply, headers: { ...limit.headers, ...reply.headers } });
}

/** `boundHost`: the address the server listens on, a name the control API answers to besides the loopback ones. */
export function createEmulatorServer(rt: Runtime, api: Router, control: Router, boundHost: string): Server {
  return createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? "/", "http://emulator");
      const raw = await readBody(req);
      if (isControl(url.pathname)) {
        const refusal = controlRefusal(req, raw, boundHost, req.socket.localPort ?? 0);
        if (refusal) return send(res, errorReply(refusal));
        const reply = await dispatch(control, req, url, raw);
        rt.ctx.store.flush();
        return send(res, reply);
      }
      if (isApi(url.pathname)) return handleApi(rt, api, req, res, url, raw);
      send(res, errorReply(notFound(`No route for ${req.method} ${url.pathname}.`)));
    })().catch((err: unknown) => {
      process.stderr.write(`telnyx-emulator: ${String(err)}\n`);
      if (!res.headersSent) res.destroy();
    });
  });
}
