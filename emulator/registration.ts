import type { Rec, Store } from "./store";

/**
 * Registration state per credential/UAC connection (or per bare SIP username, for telephony
 * credentials). All three Telnyx registration endpoints read from here, so they always agree.
 */

export const STATUSES = ["Not Applicable", "Not Registered", "Failed", "Expired", "Registered", "Unregistered"] as const;
export type RegStatus = (typeof STATUSES)[number];

/** /sip_registration_status speaks a lower-case vocabulary; this is how the two line up. */
const SIP_VIEW: Record<RegStatus, { sip: string; response: string | null }> = {
  Registered: { sip: "registered", response: "200 OK" },
  "Not Registered": { sip: "unknown", response: null },
  Failed: { sip: "failed", response: "401 Unauthorized" },
  Expired: { sip: "standby", response: "408 Request Timeout" },
  Unregistered: { sip: "unregistering", response: "200 OK" },
  "Not Applicable": { sip: "connection_disabled", response: null },
};

const FROM_SIP: Record<string, RegStatus> = {
  registered: "Registered",
  failed: "Failed",
  standby: "Expired",
  unregistering: "Unregistered",
  connection_disabled: "Not Applicable",
  unknown: "Not Registered",
  trying: "Not Registered",
};

/** Accepts either vocabulary, case-insensitively. */
export function normalizeStatus(input: unknown): RegStatus | undefined {
  if (typeof input !== "string") return undefined;
  const lower = input.toLowerCase();
  return STATUSES.find((s) => s.toLowerCase() === lower) ?? FROM_SIP[lower];
}

export interface RegState {
  status: RegStatus;
  updated_at: string;
  ip_address: string | null;
  port: number | null;
  transport: string | null;
  user_agent: string | null;
  last_registration: string | null;
  last_registration_response: string | null;
  sip_registration_status: string;
  registered_at: string | null;
}

export interface RegInput {
  status: RegStatus;
  after_ms?: number;
  ip_address?: string;
  port?: number;
  transport?: string;
  user_agent?: string;
  last_registration_response?: string;
}

export const connectionKey = (id: string): string => `connection:${id}`;
export const usernameKey = (username: string): string => `username:${username}`;

export class Registrations {
  constructor(private readonly store: Store) {}

  has(key: string): boolean {
    return key in this.store.registrations;
  }

  /** Current state, applying a scheduled change once its time has come. `since` dates the default state. */
  get(key: string, since: string): RegState {
    const stored = this.store.registrations[key];
    if (!stored) return initial(since);
    const pending = stored.pending as { apply_at: number; input: RegInput } | undefined;
    if (pending && Date.now() >= pending.apply_at) {
      const next = apply(stripPending(stored), pending.input, new Date(pending.apply_at));
      this.store.registrations[key] = next;
      this.store.touch();
      return next;
    }
    return stripPending(stored);
  }

  /** Sets a state now, or schedules it `after_ms` later (the current state stays until then). */
  set(key: string, input: RegInput, since: string): RegState {
    const current = this.get(key, since);
    if (input.after_ms && input.after_ms > 0) {
      this.store.registrations[key] = { ...current, pending: { apply_at: Date.now() + input.after_ms, input } };
    } else {
      this.store.registrations[key] = apply(current, input, new Date());
    }
    this.store.touch();
    return this.get(key, since);
  }

  remove(key: string): void {
    if (this.has(key)) {
      delete this.store.registrations[key];
      this.store.touch();
    }
  }
}

function initial(since: string): RegState {
  return {
    status: "Not Registered",
    updated_at: since,
    ip_address: null,
    port: null,
    transport: null,
    user_agent: null,
    last_registration: null,
    last_registration_response: null,
    sip_registration_status: SIP_VIEW["Not Registered"].sip,
    registered_at: null,
  };
}

function stripPending(stored: Rec): RegState {
  const { pending: _pending, ...state } = stored;
  return state as RegState;
}

function apply(current: RegState, input: RegInput, at: Date): RegState {
  const registered = input.status === "Registered";
  return {
    ...current,
    status: input.status,
    updated_at: at.toISOString(),
    sip_registration_status: SIP_VIEW[input.status].sip,
    last_registration_response: input.last_registration_response ?? SIP_VIEW[input.status].response ?? current.last_registration_response,
    ip_address: input.ip_address ?? (registered ? (current.ip_address ?? "192.0.2.10") : current.ip_address),
    port: input.port ?? (registered ? (current.port ?? 5060) : current.port),
    transport: input.transport ?? (registered ? (current.transport ?? "UDP") : current.transport),
    user_agent: input.user_agent ?? (registered ? (current.user_agent ?? "Telnyx-Emulator/1.0") : current.user_agent),
    // The documented example has no zone and no fraction: 2021-09-28T15:11:02.
    last_registration: registered ? at.toISOString().slice(0, 19) : current.last_registration,
    registered_at: registered ? at.toISOString() : null,
  };
}
