import { isIP } from "node:net";

/** Format predicates for fields whose rules live in Telnyx's prose rather than its schema. */

export const isIpAddress = (v: string): boolean => isIP(v) !== 0;

export function isCidr(v: string): boolean {
  const m = /^([^/]+)\/(\d{1,3})$/.exec(v);
  if (!m) return false;
  const family = isIP(m[1]);
  const bits = Number(m[2]);
  return (family === 4 && bits <= 32) || (family === 6 && bits <= 128);
}

const LABEL = /^(?!-)[A-Za-z0-9-]{1,63}(?<!-)$/;

export const isDnsLabel = (v: string): boolean => LABEL.test(v);

/** Hostname syntax (RFC 1123): at least two labels, no IP literals. */
export function isHostname(v: string): boolean {
  if (v.length > 253 || isIP(v) !== 0) return false;
  const labels = v.split(".");
  return labels.length >= 2 && labels.every(isDnsLabel) && !/^\d+$/.test(labels[labels.length - 1]);
}

export function isHttpUrl(v: string): boolean {
  try {
    const u = new URL(v);
    return (u.protocol === "http:" || u.protocol === "https:") && u.hostname !== "";
  } catch {
    return false;
  }
}

export const isE164 = (v: string): boolean => /^\+[1-9]\d{1,14}$/.test(v);

const regions = new Intl.DisplayNames(["en"], { type: "region" });

/** ISO 3166-1 alpha-2, checked against ICU's region list so "XX" or "ZZ" are refused. */
export function isCountryCode(v: string): boolean {
  if (!/^[A-Z]{2}$/.test(v)) return false;
  const name = regions.of(v);
  return name !== undefined && name !== v && name !== "Unknown Region";
}

export const isTechPrefix = (v: string): boolean => /^\d{4}$/.test(v);

/** Credential user names: 4-32 letters/digits, with a letter among the first five characters. */
export const isCredentialUserName = (v: string): boolean =>
  /^[A-Za-z0-9]{4,32}$/.test(v) && /[A-Za-z]/.test(v.slice(0, 5));

/** UAC user names: the UAC page's own example (`my-sip-user`) also uses `-`, so `-` and `_` are allowed. */
export const isUacUserName = (v: string): boolean =>
  /^[A-Za-z0-9][A-Za-z0-9_-]{3,31}$/.test(v) && /[A-Za-z]/.test(v.slice(0, 5));

/** external_uac_settings.username: 4-32, starts with a letter or digit, then letters, digits, - and _. */
export const isExternalUserName = (v: string): boolean => /^[A-Za-z0-9][A-Za-z0-9_-]{3,31}$/.test(v);

/** `userinfo@[subdomain.]sip.telnyx.com` (or sipdev), without a `sip:` prefix. */
export const isDestinationUri = (v: string): boolean =>
  /^[A-Za-z0-9_-]+@(?:(?!-)[A-Za-z0-9-]{1,63}(?<!-)\.)?sip(?:dev)?\.telnyx\.com$/.test(v);

/** X-Telnyx-Token values: 12-48 letters, digits and hyphens (IP authentication token page). */
export const isAuthToken = (v: string): boolean => /^[A-Za-z0-9-]{12,48}$/.test(v);

export const isUuid = (v: string): boolean =>
  /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(v);

/** calling_window times: HH:MM, optionally with seconds, fraction and Z (example `08:00:00.00Z`). */
export const isTimeOfDay = (v: string): boolean =>
  /^([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d+)?)?Z?$/.test(v);

const SIP_HOST = String.raw`(?:\[[0-9A-Fa-f:.]+\]|\d{1,3}(?:\.\d{1,3}){3}|(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)*[A-Za-z](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)`;
const SIP_TARGET = new RegExp(
  String.raw`^(?:sips?:)?(?:[A-Za-z0-9_.!~*'()&=+$,;?/%-]+@)?${SIP_HOST}(?::(\d{1,5}))?(?:;[A-Za-z0-9_.!~*'()%+-]+(?:=[A-Za-z0-9_.!~*'()%+-]*)?)*$`,
  "i",
);

/** UAC proxies: [sip:|sips:][user@]host[:port][;params] (examples: sip-pbx.acme.example, outbound.sip-pbx.acme.example:5061). */
export function isSipTarget(v: string): boolean {
  const m = SIP_TARGET.exec(v);
  return m !== null && (m[1] === undefined || (Number(m[1]) >= 1 && Number(m[1]) <= 65535));
}

export const isMoney = (v: string): boolean => /^\d+(\.\d{1,2})?$/.test(v);
