import { readOne } from "./envelope";
import { HttpClient } from "./http";
import type { ClientOptions } from "./client-options";
import { telzinoAgentRegistrationStatus, type TelzinoAgentRegistrationStatus } from "./schemas/registration";

export interface TelzinoClientOptions extends ClientOptions {
  accessToken: string;
}

/** Telzino (AI voice agents on Telnyx): the registration state of an agent's SIP trunk. */
export class TelzinoClient {
  private readonly http: HttpClient;

  constructor(opts: TelzinoClientOptions) {
    if (!opts.accessToken) throw new Error("Telzino access token is empty");
    this.http = new HttpClient({
      service: "Telzino",
      baseUrl: opts.baseUrl ?? "https://api.telzino.com/v1",
      token: opts.accessToken,
      timeoutMs: opts.timeoutMs,
      retry: { ...opts.retry, ...(opts.maxRetries === undefined ? {} : { maxRetries: opts.maxRetries }) },
      logger: opts.logger,
      userAgent: opts.userAgent,
    });
  }

  /** GET /agents/{agentId}/sip/registration/status → its `data`. */
  async agentRegistrationStatus(agentId: string): Promise<TelzinoAgentRegistrationStatus> {
    const path = `/agents/${encodeURIComponent(agentId)}/sip/registration/status`;
    const res = await this.http.request("GET", path);
    return readOne(res, "data", telzinoAgentRegistrationStatus, "GET", this.http.pathFor(path));
  }
}
