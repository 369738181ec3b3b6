import { z } from "zod";
import { describe, secret } from "../schema-meta";
import { caseInsensitiveEnum, nonEmpty, sipTarget } from "./formats";
import { sipTransports } from "./transport";

/* §6.2-6.3: how Telnyx registers to the customer's PBX, and where calls from it go. */

export const externalUacSettings = z.strictObject({
  username: describe(
    z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_-]{3,31}$/, "must be 4-32 letters, digits, - or _, starting with a letter or digit").optional(),
    "User name Telnyx registers with.",
  ),
  password: describe(secret(nonEmpty().optional()), "Password Telnyx registers with."),
  auth_username: describe(z.string().nullable().optional(), "Digest auth user; defaults to username."),
  proxy: describe(sipTarget(), "Your PBX's SIP proxy, e.g. sip:pbx.example.com:5060."),
  outbound_proxy: describe(sipTarget().nullable().optional(), "Optional hop before the PBX, e.g. host:5061."),
  transport: describe(caseInsensitiveEnum(sipTransports).nullable().optional(), "UDP, TCP or TLS."),
  expiration_sec: describe(
    z.number().int({ error: "must be a whole number" }).min(1, "must be at least 1").nullable().optional(),
    "Re-registration interval in seconds (>= 1).",
  ),
  from_user: describe(z.string().nullable().optional(), "User part of the From header."),
  user_agent: describe(z.string().nullable().optional(), "User-Agent header on REGISTER and INVITE; null for Telnyx's default."),
});

type RuleCtx = z.core.$RefinementCtx;

/** A sips: address is SIP over TLS (RFC 3261 §19.1): another transport for it cannot work. */
export function sipsNeedsTls(v: { external_uac_settings?: { proxy?: unknown; outbound_proxy?: unknown; transport?: unknown } }, ctx: RuleCtx) {
  const settings = v.external_uac_settings;
  const transport = typeof settings?.transport === "string" ? settings.transport.toUpperCase() : undefined;
  if (!settings || transport === undefined || transport === "TLS") return;
  for (const key of ["proxy", "outbound_proxy"] as const) {
    const address = settings[key];
    if (typeof address === "string" && /^sips:/i.test(address)) {
      ctx.addIssue({
        code: "custom",
        path: ["external_uac_settings", "transport"],
        message: `must be TLS for the sips: address in external_uac_settings.${key} (sips: is SIP over TLS): set transport TLS, or use a sip: address`,
      });
      return;
    }
  }
}

const destinationUriPattern = /^[A-Za-z0-9_-]+@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)?sip(?:dev)?\.telnyx\.com$/i;

export const internalUacSettings = z.strictObject({
  destination_uri: describe(
    z.string().regex(
      destinationUriPattern,
      "must look like user@[subdomain.]sip.telnyx.com or user@[subdomain.]sipdev.telnyx.com, user being letters, digits, - or _, without a sip: prefix",
    ),
    "Where calls from the PBX go, e.g. 1006@app.sip.telnyx.com.",
  ),
});
