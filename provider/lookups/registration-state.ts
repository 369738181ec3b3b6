// Telnyx reports registration in three vocabularies and Telzino in a fourth; programs get one.

export type RegistrationState = "registered" | "unregistered" | "pending" | "failed" | "disabled" | "unknown";

export interface RegistrationStatusResult {
  /** Where the status came from. */
  source: "credentialConnection" | "uacConnection" | "sipRegistrationStatus" | "telzinoAgent";
  /** Whether `state` is "registered". */
  registered: boolean;
  /** One vocabulary for every source: "registered", "unregistered", "pending", "failed", "disabled" or "unknown". */
  state: RegistrationState;
  /** The registrar's last answer or the API's explanation, e.g. "200 OK" or "Credentials rejected". */
  lastResponse?: string;
  /** The API's own answer, camelCased, secrets redacted as the API sent them. */
  details: Record<string, unknown>;
}

/** check_registration_status `status` (credential and UAC connections). */
export function fromCheckStatus(status: string | null | undefined): RegistrationState {
  switch ((status ?? "").toLowerCase()) {
    case "registered":
      return "registered";
    case "not registered":
    case "unregistered":
    case "expired":
      return "unregistered";
    case "failed":
      return "failed";
    default:
      return "unknown";
  }
}

/** GET /sip_registration_status `sip_registration_status`, falling back on `registered`. */
export function fromSipRegistrationStatus(status: string | null | undefined, registered?: boolean | null): RegistrationState {
  switch (status ?? "") {
    case "registered":
      return "registered";
    case "unregistering":
      return "unregistered";
    case "trying":
    case "standby":
      return "pending";
    case "failed":
      return "failed";
    case "connection_disabled":
      return "disabled";
    default:
      return registered === true ? "registered" : registered === false ? "unregistered" : "unknown";
  }
}

/** Telzino's OpenSIPS state names. */
export function fromTelzinoState(state: string | null | undefined): RegistrationState {
  switch (state ?? "") {
    case "REGISTERED_STATE":
      return "registered";
    case "NOT_REGISTERED_STATE":
      return "unregistered";
    case "REGISTERING_STATE":
    case "AUTHENTICATING_STATE":
      return "pending";
    case "REGISTER_TIMEOUT_STATE":
    case "INTERNAL_ERROR_STATE":
    case "WRONG_CREDENTIALS_STATE":
    case "REGISTRAR_ERROR_STATE":
      return "failed";
    default:
      return "unknown";
  }
}
