import { Collection } from "./collection";
import { readOne, readPage } from "./envelope";
import type { HttpClient } from "./http";
import { redactionKeys } from "./redaction-keys";
import { ResourceClient } from "./resource-client";
import type { ResourceSpec } from "./resource-spec";
import { activeCall, type ActiveCall } from "./schemas/active-call";
import { connectionSummary, type Connection } from "./schemas/connection";
import {
  registrationStatus, sipRegistrationStatus, type RegistrationStatus, type SipCredentialType, type SipRegistrationStatus,
} from "./schemas/registration";
import { telnyxHttp, type TelnyxClientOptions } from "./telnyx-http";

export type { TelnyxClientOptions };

export interface SipRegistrationQuery {
  credentialType: SipCredentialType;
  connectionId?: string;
  username?: string;
  userId?: string;
}

/** Guards against a server that keeps answering a next cursor. */
const maxCursorPages = 1_000;

export class TelnyxClient {
  private readonly http: HttpClient;
  /** The type-independent /connections view (read-only). */
  readonly connections: Collection<Connection>;

  constructor(opts: TelnyxClientOptions) {
    this.http = telnyxHttp(opts, redactionKeys);
    this.connections = new Collection(this.http, "/connections", connectionSummary, 250);
  }

  resource<S extends ResourceSpec>(spec: S): ResourceClient<S> {
    return new ResourceClient(this.http, spec);
  }

  /** Asks Telnyx for the registration state of a credential or UAC connection. */
  async checkRegistrationStatus(type: "credential" | "uac", connectionId: string): Promise<RegistrationStatus> {
    const path = `/${type}_connections/${encodeURIComponent(connectionId)}/actions/check_registration_status`;
    // A read-only action, so repeating the POST is harmless.
    const res = await this.http.request("POST", path, { retryUnsafe: true });
    return readOne(res, "data", registrationStatus, "POST", this.http.pathFor(path));
  }

  /** GET /sip_registration_status (bare object). UAC types look up by connectionId, telephony credentials by username. */
  async sipRegistrationStatus(q: SipRegistrationQuery): Promise<SipRegistrationStatus> {
    if (!q.connectionId && !q.username) throw new Error("sipRegistrationStatus needs connectionId or username");
    const query = { credential_type: q.credentialType, connection_id: q.connectionId, username: q.username, user_id: q.userId };
    const res = await this.http.request("GET", "/sip_registration_status", { query });
    return readOne(res, "bare", sipRegistrationStatus, "GET", this.http.pathFor("/sip_registration_status"));
  }

  /** GET /connections/{id}/active_calls, every cursor page (page[after]), 250 calls a request. */
  async activeCalls(connectionId: string): Promise<ActiveCall[]> {
    const path = `/connections/${encodeURIComponent(connectionId)}/active_calls`;
    const all: ActiveCall[] = [];
    let after: string | undefined;
    for (let page = 0; page < maxCursorPages; page++) {
      const res = await this.http.request("GET", path, { query: { page: { limit: 250, after } } });
      all.push(...readPage(res, activeCall, "GET", this.http.pathFor(path)).data);
      const cursors = (res.body as { meta?: { cursors?: { after?: unknown } } }).meta?.cursors;
      after = typeof cursors?.after === "string" && cursors.after !== "" ? cursors.after : undefined;
      if (!after) return all;
    }
    throw new Error(`${path}: more than ${maxCursorPages} pages; is the server ignoring page[after]?`);
  }
}
