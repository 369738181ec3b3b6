import { z } from "zod";
import * as f from "./formats";

/** Reusable zod field types for the Telnyx request bodies. */

export const ANCHORSITES = [
  "Latency",
  "Chicago, IL",
  "Ashburn, VA",
  "San Jose, CA",
  "Sydney, Australia",
  "Amsterdam, Netherlands",
  "London, UK",
  "Toronto, Canada",
  "Vancouver, Canada",
  "Frankfurt, Germany",
] as const;

/** The trunking guide sends `"latency"`, so the enum is matched case-insensitively and stored canonically. */
export const anchorsite = z.preprocess(
  (v) => (typeof v === "string" ? (ANCHORSITES.find((a) => a.toLowerCase() === v.toLowerCase()) ?? v) : v),
  z.enum(ANCHORSITES),
);

export const bool = z.boolean();
export const str = z.string();

export const int = (min: number, max?: number) => (max === undefined ? z.int().min(min) : z.int().min(min).max(max));

export const url = z.string().refine(f.isHttpUrl, "Must be a valid URL with an http or https scheme.");

/** Failover URLs default to "" in Telnyx, so the empty string also means "unset". */
export const optionalUrl = z.string().refine((v) => v === "" || f.isHttpUrl(v), "Must be a valid URL with an http or https scheme.");

export const uuid = z.string().refine(f.isUuid, "Must be a UUID.");

export const e164 = z.string().refine(f.isE164, "Must be a phone number in +E.164 format.");

export const country = z.string().refine(f.isCountryCode, "Must be an ISO 3166-1 alpha-2 country code.");

export const hostname = z.string().refine(f.isHostname, "Must be a valid fully qualified domain name.");

export const port = z.int().min(1).max(65535);

/** How real clients clear a string (the Terraform provider sends ""): "" is taken as null, i.e. unset. */
export const emptyAsNull = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (v === "" ? null : v), schema.nullable());

/** A field that must not be sent (response-only or create-only); the message says why. */
export const rejected = (why: string) => z.never({ error: why });
