import { createRecord, deleteRecord, listRecords, mountCrud } from "./crud";
import { bare, list } from "./envelope";
import { RESOURCES } from "./resources";
import { activeCalls, countConnections, getConnection, listConnections } from "./resources/connections";
import { checkRegistration, sipRegistrationStatus } from "./resources/registration-status";
import type { Ctx } from "./resources/types";
import { Router } from "./router";
import type { TelzinoAgents } from "./telzino";

/** The emulated public API: Telnyx under /v2, Telzino under /v1. */
export function apiRouter(ctx: Ctx, telzino: TelzinoAgents): Router {
  const router = new Router();
  const crud = ["credential_connections", "ip_connections", "fqdn_connections", "uac_connections", "ips", "fqdns", "outbound_voice_profiles"] as const;
  for (const collection of crud) mountCrud(router, RESOURCES[collection], ctx);

  for (const collection of ["credential_connections", "uac_connections"] as const) {
    router.add("POST", `/v2/${collection}/:id/actions/check_registration_status`, (req) => checkRegistration(ctx, collection, req.params.id));
  }

  router
    .add("GET", "/v2/connections", (req) => listConnections(ctx, req.query))
    // Before /:id, so "count" is not taken for an id.
    .add("GET", "/v2/connections/count", () => countConnections(ctx))
    .add("GET", "/v2/connections/:id", (req) => getConnection(ctx, req.params.id))
    .add("GET", "/v2/connections/:id/active_calls", (req) => activeCalls(ctx, req.params.id, req.query))
    .add("GET", "/v2/sip_registration_status", (req) => sipRegistrationStatus(ctx, req.query));

  // access_ip_ranges: list, create, delete only; the writes answer bare objects.
  const ranges = RESOURCES.access_ip_ranges;
  router
    .add("GET", "/v2/access_ip_ranges", (req) => {
      const page = listRecords(ranges, ctx, req.query);
      return list(page.data, page.meta);
    })
    .add("POST", "/v2/access_ip_ranges", (req) => bare({ ...ranges.render(createRecord(ranges, ctx, req.body), ctx), status: "pending" }))
    .add("DELETE", "/v2/access_ip_ranges/:id", (req) => bare(deleteRecord(ranges, ctx, req.params.id)));

  router.add("GET", "/v1/agents/:agentId/sip/registration/status", (req) => telzino.reply(req.params.agentId));
  return router;
}
