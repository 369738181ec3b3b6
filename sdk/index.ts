/* Public surface of the Telnyx SIP SDK. */
export type { ClientOptions } from "./client-options";
export { TelnyxClient, type TelnyxClientOptions, type SipRegistrationQuery } from "./client";
export { TelzinoClient, type TelzinoClientOptions } from "./telzino-client";
export { ResourceClient, type CreateOptions, type GetOptions } from "./resource-client";
export { Collection, type Page, type PageOptions, type ListOptions } from "./collection";
export type { PageMeta } from "./envelope";
export { closeHttpAgent } from "./http";
export {
  ApiError, TelnyxApiError, TelzinoApiError, TelnyxNetworkError, TelnyxResponseError, pointerToField, type ApiErrorItem,
} from "./errors";
export { isHiddenSecret } from "./hidden-secret";
export { OWNERSHIP_TAG_PREFIX, isOwnershipTag, withoutOwnershipTag } from "./ownership-tag";
export { redact, scrub, isSecretKey, REDACTED } from "./redact";
export { secretKeysOf } from "./secret-keys";
export { redactionKeys } from "./redaction-keys";
export { defaultRetryOptions, retryDelayMs, serverHintMs, shouldRetry, type RetryOptions } from "./retry";
export { encodeQuery, type QueryParams, type QueryValue } from "./query";
export { assertSafeBaseUrl, isLoopbackHost } from "./url-safety";
export type { ResourceSpec, CreateInput, UpdateInput, ResourceOutput } from "./resource-spec";
export { resources, type ResourceKind } from "./resources";
export { routes } from "./routes";
export { fieldMeta, secret, createOnly, compareAs, describe, unwrap, type FieldMeta } from "./schema-meta";
export { lenient, type LenientValue, type LenientSchema } from "./schemas/lenient";
export { credentialConnection, type CredentialConnection, type CredentialConnectionCreate } from "./schemas/credential-connection";
export { ipConnection, type IpConnection, type IpConnectionCreate } from "./schemas/ip-connection";
export { fqdnConnection, type FqdnConnection, type FqdnConnectionCreate } from "./schemas/fqdn-connection";
export { uacConnection, type UacConnection, type UacConnectionCreate } from "./schemas/uac-connection";
export { ip, type Ip, type IpCreate } from "./schemas/ip";
export { fqdn, type Fqdn, type FqdnCreate } from "./schemas/fqdn";
export { outboundVoiceProfile, type OutboundVoiceProfile, type OutboundVoiceProfileCreate } from "./schemas/outbound-voice-profile";
export { accessIpRange, type AccessIpRange, type AccessIpRangeCreate } from "./schemas/access-ip-range";
export { connectionSummary, type Connection } from "./schemas/connection";
export {
  registrationStatus, registrationStatusValues, sipRegistrationStatus, sipRegistrationStatusValues, sipCredentialTypes,
  telzinoAgentRegistrationStatus, telzinoRegistrationStates,
  type RegistrationStatus, type SipRegistrationStatus, type SipCredentialType, type TelzinoAgentRegistrationStatus,
} from "./schemas/registration";
