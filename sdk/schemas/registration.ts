import { z } from "zod";
import { describe } from "../schema-meta";
import { lenient } from "./lenient";
import { externalUacSettings, internalUacSettings } from "./uac-settings";

/* Registration state, from the three places that report it. */

/** §3.1: POST /{credential,uac}_connections/{id}/actions/check_registration_status. */
export const registrationStatusValues = [
  "Not Applicable", "Not Registered", "Failed", "Expired", "Registered", "Unregistered",
] as const;

export const registrationStatus = lenient(
  z.object({
    record_type: z.literal("registration_status"),
    status: describe(z.enum(registrationStatusValues), "Registration state."),
    sip_username: z.string(),
    ip_address: describe(z.string(), "Source IP of the registration."),
    port: z.number(),
    transport: z.string(),
    user_agent: z.string(),
    last_registration: describe(z.string(), "Time of the last registration event."),
  }),
);
export type RegistrationStatus = z.infer<typeof registrationStatus>;

/** GET /sip_registration_status credential_type: the docs' names first, then the OpenAPI name. */
export const sipCredentialTypes = [
  "uac_third-party_credential", "telephony_credential", "sip_credential_connection", "uac_external_credential",
] as const;
export type SipCredentialType = (typeof sipCredentialTypes)[number];

export const sipRegistrationStatusValues = [
  "unregistering", "connection_disabled", "standby", "failed", "trying", "registered", "unknown",
] as const;

/**
 * GET /sip_registration_status, a bare object. Both documented shapes are accepted: the docs page
 * (username, pair_state, third-party_uac_settings) and the OpenAPI one (credential_username, sip_registration_*).
 */
export const sipRegistrationStatus = lenient(
  z.object({
    connection_id: z.string(),
    connection_name: z.string(),
    user_id: z.string(),
    registered: describe(z.boolean(), "True when currently registered."),
    last_registration_response: describe(z.string(), "Last registrar response, e.g. 200 OK."),
    // Docs-page shape.
    username: z.string(),
    pair_state: describe(z.string(), "Internal pairing state, e.g. ACTIVE."),
    "third-party_uac_settings": externalUacSettings.partial(),
    internal_uac_settings: internalUacSettings.partial(),
    // OpenAPI shape.
    credential_type: z.enum(sipCredentialTypes),
    credential_username: z.string(),
    sip_registration_status: z.enum(sipRegistrationStatusValues),
    sip_registration_details: z.object({
      auth_retries: z.number(),
      expires: describe(z.number(), "Expiry (Unix seconds)."),
      failures: z.number(),
      next_action_at: z.number(),
      sip_uri_user_host: z.string(),
      uptime: z.number(),
      last_modified: z.string(),
      node: z.string(),
      transport: z.string(),
      ua_ip: z.string(),
      ua_port: z.number(),
    }),
  }),
);
export type SipRegistrationStatus = z.infer<typeof sipRegistrationStatus>;

/** Telzino GET /v1/agents/{agentId}/sip/registration/status → data. */
export const telzinoRegistrationStates = [
  "NOT_REGISTERED_STATE", "REGISTERING_STATE", "AUTHENTICATING_STATE", "REGISTERED_STATE", "REGISTER_TIMEOUT_STATE",
  "INTERNAL_ERROR_STATE", "WRONG_CREDENTIALS_STATE", "REGISTRAR_ERROR_STATE", "NOT_FOUND",
] as const;

export const telzinoAgentRegistrationStatus = lenient(
  z.object({
    state: describe(z.enum(telzinoRegistrationStates), "OpenSIPS registration state."),
    stateCode: describe(z.number(), "Numeric state code (0-9)."),
    enabled: describe(z.enum(["yes", "no"]), "Whether registration is enabled."),
    expires: describe(z.number(), "Registration expiry timestamp."),
    lastRegisterSent: describe(z.string(), "Time of the last REGISTER sent."),
    registrationTimeout: describe(z.string(), "Registration timeout in seconds (a string)."),
    isRegistered: describe(z.boolean(), "True when registered and receiving calls."),
    errorMessage: describe(z.string(), "Description of the current state."),
  }),
);
export type TelzinoAgentRegistrationStatus = z.infer<typeof telzinoAgentRegistrationStatus>;
