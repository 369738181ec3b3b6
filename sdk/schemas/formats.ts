import { z } from "zod";
import { compareAs } from "../schema-meta";
import { isoCountryCodes } from "./countries";

/*
 * Reusable field formats. Every message says what is allowed and never echoes the offered value,
 * because the same messages are shown for secrets.
 */

const fqdnPattern = /^(?=.{1,253}\.?$)(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.?$/;
const labelPattern = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/;

export const port = () =>
  z.number().int({ error: "must be a whole number" }).min(1, "must be between 1 and 65535").max(65535, "must be between 1 and 65535");

export const intRange = (min: number, max: number) =>
  z.number().int({ error: "must be a whole number" }).min(min, `must be between ${min} and ${max}`).max(max, `must be between ${min} and ${max}`);

export const ipAddress = () => z.union([z.ipv4(), z.ipv6()], { error: "must be an IPv4 or IPv6 address" });

export const cidrBlock = () =>
  z.union([z.cidrv4(), z.cidrv6()], { error: "must be a CIDR block such as 203.0.113.0/24 or 2001:db8::/32" });

/** A DNS name with at least two labels; the last label must not be numeric, so IP addresses are refused. */
export const fqdnHostname = () =>
  compareAs(
    z
      .string()
      .regex(fqdnPattern, "must be a fully qualified domain name: letters, digits and hyphens in dot-separated labels, optional trailing dot")
      // DNS names are case-insensitive and the root dot is implied: send the form the API stores.
      .transform((v) => v.toLowerCase().replace(/\.$/, "")),
    "fqdn",
  );

export const dnsLabel = () =>
  z.string().regex(labelPattern, "must be 1-63 letters, digits or hyphens, not starting or ending with a hyphen");

/** A DNS label, or "" to clear it as real clients do. */
export const dnsLabelOrEmpty = () =>
  z.string().refine((v) => v === "" || labelPattern.test(v), 'must be 1-63 letters, digits or hyphens, not starting or ending with a hyphen, or "" to unset');

const isHttpUrl = (v: string) => {
  if (!URL.canParse(v)) return false;
  const url = new URL(v);
  return (url.protocol === "http:" || url.protocol === "https:") && url.hostname !== "";
};

export const httpUrl = () => z.string().refine(isHttpUrl, "must be an absolute http:// or https:// URL");

/** Telnyx uses "" as "not set" for some URLs. */
export const httpUrlOrEmpty = () =>
  z.string().refine((v) => v === "" || isHttpUrl(v), 'must be an absolute http:// or https:// URL, or "" to unset');

const sipHost = String.raw`(?:\[[0-9A-Fa-f:.]+\]|\d{1,3}(?:\.\d{1,3}){3}|(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)*[A-Za-z](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)`;
const sipTargetPattern = new RegExp(String.raw`^(?:sips?:)?(?:[A-Za-z0-9_.!~*'()&=+$,;?/%-]+@)?${sipHost}(?::(\d{1,5}))?(?:;[A-Za-z0-9_.!~*'()%+-]+(?:=[A-Za-z0-9_.!~*'()%+-]*)?)*$`, "i");

/** A SIP proxy as the UAC settings take it: [sip:|sips:][user@]host[:port][;params]; the port, if any, 1-65535. */
export const isSipTarget = (v: string): boolean => {
  const m = sipTargetPattern.exec(v);
  return m !== null && (m[1] === undefined || (Number(m[1]) >= 1 && Number(m[1]) <= 65535));
};

export const sipTarget = () =>
  z.string().refine(isSipTarget, "must be a SIP address [sip:|sips:][user@]host[:port 1-65535][;params], e.g. sip:pbx.example.com:5060");

/** The API keeps USD amounts to the cent. */
export const usdAmount = () => z.string().regex(/^\d+(\.\d{1,2})?$/, 'must be a decimal amount in USD as a string, at most 2 decimals, e.g. "100.00"');

export const e164 = () => z.string().regex(/^\+[1-9]\d{1,14}$/, "must be an E.164 number: + then 2-15 digits, e.g. +13125550100");

/** A caller-ID override: an E.164 number, or "" for none. */
export const e164OrEmpty = () =>
  z.string().regex(/^(\+[1-9]\d{1,14})?$/, 'must be an E.164 number (+ then 2-15 digits, e.g. +13125550100), or "" for none');

export const countryCode = () =>
  z.string().refine((v) => isoCountryCodes.has(v), "must be an ISO 3166-1 alpha-2 country code in upper case, e.g. US");

export const uuid = () => z.guid("must be a UUID");

export const nonEmpty = () => z.string().min(1, "must not be empty");

/**
 * An enum the API matches case-insensitively, e.g. UDP/udp: any case is accepted and sent in the documented one. Typed
 * as the documented values in upper or lower case, so a misspelt value ("UDPX") fails to type-check, not just at preview.
 */
export const caseInsensitiveEnum = <const T extends string>(values: readonly T[]) => {
  const canonical = new Map<string, T>(values.map((v) => [v.toLowerCase(), v]));
  const schema = z
    .string()
    .refine((v) => canonical.has(v.toLowerCase()), `must be one of ${values.join(", ")} (any case)`)
    .transform((v) => canonical.get(v.toLowerCase()) ?? v);
  return compareAs(schema as unknown as z.ZodType<T, T | Lowercase<T> | Uppercase<T>>, "caseInsensitive");
};

export const oneOf = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { error: `must be one of ${values.map((v) => JSON.stringify(v)).join(", ")}` });

/** Lists the API treats as unordered sets. */
export const stringSet = <T extends z.ZodType<string>>(item: T) => compareAs(z.array(item), "set");
