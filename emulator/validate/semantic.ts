import { fieldError, type ErrorItem } from "../errors";
import type { Rec, Store } from "../store";
import { DOCUMENTED_CODECS } from "./connection";

/**
 * Rules that span several fields or other resources. They run on the merged record (so a PATCH
 * that only moves one bound is still checked against the stored other bound).
 */

export function jitterBounds(rec: Rec): ErrorItem[] {
  const jb = rec.jitter_buffer;
  if (jb && typeof jb.jitterbuffer_msec_min === "number" && typeof jb.jitterbuffer_msec_max === "number" && jb.jitterbuffer_msec_min > jb.jitterbuffer_msec_max) {
    return [fieldError("/jitter_buffer/jitterbuffer_msec_min", "jitterbuffer_msec_min must not exceed jitterbuffer_msec_max.")];
  }
  return [];
}

/**
 * The spec: "OPUS and H.264 codecs are available only when using TCP or TLS transport for SIP". Codecs sent that name
 * either are refused when the connection's resulting transport is UDP, except the documented default list itself, which
 * the API gives every connection that sets none. `transport` is the field holding it: transport_protocol, or a UAC connection's
 * external_uac_settings.transport.
 */
export function codecsNeedTransport(rec: Rec, body: Rec, transport: "transport_protocol" | "external_uac_settings" = "transport_protocol"): ErrorItem[] {
  const codecs = body.inbound?.codecs;
  const value = transport === "transport_protocol" ? rec.transport_protocol : rec.external_uac_settings?.transport;
  if (!Array.isArray(codecs) || typeof value !== "string" || value.toUpperCase() !== "UDP") return [];
  const bound = codecs.filter((c) => typeof c === "string" && ["OPUS", "H.264"].includes(c.toUpperCase()));
  // The default list, which names them, is what the API gives a UDP connection itself: sent whole, it is accepted.
  const isDefault = codecs.length === DOCUMENTED_CODECS.length && codecs.every((c, i) => typeof c === "string" && c.toUpperCase() === DOCUMENTED_CODECS[i]);
  return bound.length > 0 && !isDefault ? [fieldError("/inbound/codecs", `${bound.join(" and ")} work only over TCP or TLS; remove them or change the transport.`)] : [];
}

/** webhook_api_version "texml" is only valid together with outbound.call_parking_enabled. */
export function texmlNeedsParking(rec: Rec): ErrorItem[] {
  if (rec.webhook_api_version === "texml" && rec.outbound?.call_parking_enabled !== true) {
    return [fieldError("/webhook_api_version", 'webhook_api_version "texml" requires outbound.call_parking_enabled to be true.')];
  }
  return [];
}

export function profileExists(body: Rec, store: Store): ErrorItem[] {
  const id = body.outbound?.outbound_voice_profile_id;
  if (typeof id === "string" && !store.get("outbound_voice_profiles", id)) {
    return [fieldError("/outbound/outbound_voice_profile_id", `Outbound voice profile ${id} does not exist.`, "10017")];
  }
  return [];
}

/** SIP user names are unique account-wide, across every connection type that has one. */
export function uniqueUserName(body: Rec, store: Store, selfId?: string): ErrorItem[] {
  const name = body.user_name;
  if (typeof name !== "string") return [];
  const taken = store.allConnections().some((c) => c.id !== selfId && typeof c.user_name === "string" && c.user_name.toLowerCase() === name.toLowerCase());
  return taken ? [fieldError("/user_name", `The user name ${name} is already in use.`, "10012")] : [];
}

/** The UAC page: the proxy is required once any external_uac_settings are given. */
export function uacProxy(rec: Rec): ErrorItem[] {
  const ext: Rec = rec.external_uac_settings ?? {};
  const configured = Object.entries(ext).some(([k, v]) => k !== "proxy" && v !== null && v !== undefined);
  if (configured && !ext.proxy) return [fieldError("/external_uac_settings/proxy", "proxy is required when external_uac_settings are set.")];
  return [];
}

/** default_{primary,...}_{ip,fqdn}_id must name an IP/FQDN attached to this connection. */
export function attachedDefaults(rec: Rec, body: Rec, store: Store, kind: "ip" | "fqdn"): ErrorItem[] {
  const collection = kind === "ip" ? "ips" : "fqdns";
  const attached = store.all(collection).filter((r) => r.connection_id === rec.id);
  const errors: ErrorItem[] = [];
  for (const rank of ["primary", "secondary", "tertiary"]) {
    const key = `default_${rank}_${kind}_id`;
    const value = body.inbound?.[key];
    if (value === undefined || value === null) continue;
    // The spec's own example puts IP addresses here, so an attached IP's address is accepted as well.
    const ok = attached.some((r) => r.id === value || (kind === "ip" && r.ip_address === value));
    if (!ok) errors.push(fieldError(`/inbound/${key}`, `${value} is not attached to this connection.`, "10017"));
  }
  return errors;
}
