import type { Reply } from "./envelope";
import type { Rec, Store } from "./store";

/** Telzino's agent registration view (OpenSIPS states), keyed by agentId and set through the control API. */

export const TELZINO_STATES: Record<string, { code: number; message: string }> = {
  NOT_REGISTERED_STATE: { code: 0, message: "No REGISTER has been sent yet" },
  REGISTERING_STATE: { code: 1, message: "Waiting for reply (no auth)" },
  AUTHENTICATING_STATE: { code: 2, message: "Waiting for reply (with auth)" },
  REGISTERED_STATE: { code: 3, message: "Successfully registered" },
  REGISTER_TIMEOUT_STATE: { code: 4, message: "No reply received (timeout)" },
  INTERNAL_ERROR_STATE: { code: 5, message: "Error during processing" },
  WRONG_CREDENTIALS_STATE: { code: 6, message: "Credentials rejected" },
  REGISTRAR_ERROR_STATE: { code: 7, message: "Error reply from registrar" },
  NOT_FOUND: { code: 0, message: "Registration not found in OpenSIPS" },
};

export interface AgentInput {
  state: string;
  enabled?: "yes" | "no";
  registrationTimeout?: string;
  after_ms?: number;
}

function view(state: string, enabled: string, registrationTimeout: string, sentAt: string | null): Rec {
  const registered = state === "REGISTERED_STATE";
  const sent = sentAt ? Date.parse(sentAt) : null;
  return {
    state,
    stateCode: TELZINO_STATES[state].code,
    enabled,
    expires: registered && sent !== null ? Math.floor(sent / 1000) + Number(registrationTimeout) : 0,
    lastRegisterSent: sentAt,
    registrationTimeout,
    isRegistered: registered,
    errorMessage: TELZINO_STATES[state].message,
  };
}

export class TelzinoAgents {
  constructor(private readonly store: Store) {}

  /** Sets the agent's state now, or after `after_ms` (so "wait until registered" can be exercised). */
  set(agentId: string, input: AgentInput): Rec {
    const applyAt = Date.now() + (input.after_ms && input.after_ms > 0 ? input.after_ms : 0);
    const prev = this.store.telzino[agentId];
    this.store.telzino[agentId] = {
      current: prev ? this.current(agentId) : null,
      next: { state: input.state, enabled: input.enabled ?? "yes", registrationTimeout: input.registrationTimeout ?? "3600", apply_at: applyAt },
    };
    this.store.touch();
    return this.status(agentId);
  }

  private current(agentId: string): Rec | null {
    const entry = this.store.telzino[agentId];
    if (!entry) return null;
    if (Date.now() >= entry.next.apply_at) {
      const n = entry.next;
      return view(n.state, n.enabled, n.registrationTimeout, n.state === "NOT_REGISTERED_STATE" ? null : new Date(n.apply_at).toISOString().replace(/\.\d{3}Z$/, "Z"));
    }
    return entry.current;
  }

  /** Unknown agents answer 200 with NOT_FOUND (code 0), like Telzino before its sync ran. */
  status(agentId: string): Rec {
    return this.current(agentId) ?? view("NOT_FOUND", "no", "3600", null);
  }

  reply(agentId: string): Reply {
    return { status: 200, body: { success: true, data: this.status(agentId) } };
  }
}
