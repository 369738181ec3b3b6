import { z } from "zod";
import { RESOURCES } from "./resources";
import { single, type Reply } from "./envelope";
import { badRequest, notFound } from "./errors";
import { FAULT_KINDS } from "./faults";
import { deepMerge, isPlainObject } from "./merge";
import { connectionKey, normalizeStatus, usernameKey } from "./registration";
import { Router } from "./router";
import type { Runtime } from "./runtime";
import { isCollection, type CollectionName } from "./store";
import { TELZINO_STATES } from "./telzino";
import { parseBody } from "./validate/parse";

/** The unauthenticated /_emulator control API used by tests (state, registration, faults, drift). */

const registrationSchema = z.object({
  connection_id: z.string().optional(),
  username: z.string().optional(),
  status: z.string().refine((s) => normalizeStatus(s) !== undefined, "Unknown registration status."),
  after_ms: z.int().min(0).optional(),
  ip_address: z.string().optional(),
  port: z.int().optional(),
  transport: z.string().optional(),
  user_agent: z.string().optional(),
  last_registration_response: z.string().optional(),
});

const agentSchema = z.object({
  state: z.enum(Object.keys(TELZINO_STATES) as [string, ...string[]]),
  enabled: z.enum(["yes", "no"]).optional(),
  registrationTimeout: z.string().optional(),
  after_ms: z.int().min(0).optional(),
});

const callsSchema = z.object({
  connection_id: z.string(),
  count: z.int().min(1).max(1000).optional(),
  call_duration: z.int().min(0).optional(),
});

const faultSchema = z.object({
  fault_rate: z.number().min(0).max(1).optional(),
  latency_ms: z.int().min(0).optional(),
  rate_limit: z.int().min(0).optional(),
  kinds: z.array(z.enum(FAULT_KINDS)).optional(),
  seed: z.int().optional(),
  /** Faults for single requests, each used once by the first request it matches (replaces earlier ones). */
  aimed: z.array(z.object({ method: z.enum(["GET", "POST", "PATCH", "DELETE"]), path: z.string().startsWith("/"), kind: z.enum(FAULT_KINDS) })).optional(),
});

const apiKeysSchema = z.object({ keys: z.array(z.string().min(1)) });

function collectionOf(name: string): CollectionName {
  if (!isCollection(name)) throw notFound(`Unknown collection ${name}.`);
  return name;
}

/** Raw record bodies for the resources endpoints: any JSON object, no schema. */
function objectBody(body: unknown): Record<string, unknown> {
  if (body === undefined) return {};
  if (!isPlainObject(body)) throw badRequest("The request body must be a JSON object.");
  return body;
}

function faultsView(rt: Runtime): Reply {
  return single({ ...rt.faults.settings, aimed: rt.faults.aimed, injected: rt.faults.counters });
}

export function controlRouter(rt: Runtime): Router {
  const { ctx } = rt;
  const router = new Router();
  router
    .add("GET", "/_emulator/requests", () => single(rt.log.entries))
    .add("DELETE", "/_emulator/requests", () => single({ cleared: rt.log.clear() }))
    .add("GET", "/_emulator/state", () => single(ctx.store.snapshot()))
    .add("POST", "/_emulator/reset", () => {
      ctx.store.reset();
      ctx.calls.hangUp();
      rt.log.clear();
      rt.faults.resetCounters();
      rt.limiter.clear();
      return single({ reset: true });
    })
    .add("PUT", "/_emulator/api-keys", (req) => {
      // Rotates the account's keys: only these are accepted from now on ([] accepts any).
      rt.apiKeys = parseBody(apiKeysSchema, req.body ?? {}).keys;
      return single({ count: rt.apiKeys.length });
    })
    .add("GET", "/_emulator/faults", () => faultsView(rt))
    .add("POST", "/_emulator/faults", (req) => {
      const body = parseBody(faultSchema, req.body ?? {});
      const { seed, aimed, ...settings } = body;
      if (aimed !== undefined) rt.faults.aimed = aimed;
      Object.assign(rt.faults.settings, Object.fromEntries(Object.entries(settings).filter(([, v]) => v !== undefined)));
      if (settings.rate_limit !== undefined) rt.limiter.limit = settings.rate_limit;
      if (seed !== undefined) rt.faults.reseed(seed);
      return faultsView(rt);
    })
    .add("POST", "/_emulator/registration", (req) => {
      const body = parseBody(registrationSchema, req.body ?? {});
      const status = normalizeStatus(body.status)!;
      let key: string;
      let since = ctx.now();
      if (body.connection_id) {
        const rec = ctx.store.get("credential_connections", body.connection_id) ?? ctx.store.get("uac_connections", body.connection_id);
        if (!rec) throw notFound(`No credential or UAC connection ${body.connection_id}.`);
        key = connectionKey(rec.id);
        since = rec.created_at;
      } else if (body.username) {
        const rec = ctx.store.allConnections().find((c) => c.user_name === body.username);
        key = rec ? connectionKey(rec.id) : usernameKey(body.username);
        since = rec?.created_at ?? since;
      } else {
        throw badRequest("Either connection_id or username is required.");
      }
      const state = ctx.registrations.set(key, { ...body, status }, since);
      return single({ key, ...state, scheduled: body.after_ms ? { status, after_ms: body.after_ms } : null });
    })
    .add("POST", "/_emulator/calls", (req) => {
      const body = parseBody(callsSchema, req.body ?? {});
      if (!ctx.store.findConnection(body.connection_id)) throw notFound(`No connection ${body.connection_id}.`);
      return single(ctx.calls.place(body.connection_id, body.count ?? 1, body.call_duration ?? 0));
    })
    .add("DELETE", "/_emulator/calls", (req) => {
      ctx.calls.hangUp(req.query.get("connection_id") ?? undefined);
      return single({ hung_up: true });
    })
    .add("POST", "/_emulator/telzino/agents/:agentId", (req) => {
      const body = parseBody(agentSchema, req.body ?? {});
      return single(rt.telzino.set(req.params.agentId, body));
    })
    .add("PUT", "/_emulator/resources/:collection/:id", (req) => {
      // Seeds a record under a chosen id (e.g. the ids used in Telnyx's examples), defaults filled, no validation.
      const def = RESOURCES[collectionOf(req.params.collection)];
      const rec = ctx.store.put(def.collection, def.build(objectBody(req.body), ctx, req.params.id));
      def.afterCreate?.(rec, ctx);
      return single(rec);
    })
    .add("PATCH", "/_emulator/resources/:collection/:id", (req) => {
      // Drift: change a record behind the API's back, bypassing validation.
      const collection = collectionOf(req.params.collection);
      const rec = ctx.store.get(collection, req.params.id);
      if (!rec) throw notFound(`${collection} ${req.params.id} not found.`);
      return single(ctx.store.put(collection, deepMerge(rec, objectBody(req.body))));
    })
    .add("DELETE", "/_emulator/resources/:collection/:id", (req) => {
      const def = RESOURCES[collectionOf(req.params.collection)];
      const rec = ctx.store.remove(def.collection, req.params.id);
      if (!rec) throw notFound(`${def.collection} ${req.params.id} not found.`);
      def.afterDelete?.(rec, ctx);
      return single(rec);
    });
  return router;
}
