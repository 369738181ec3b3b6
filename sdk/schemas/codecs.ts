import { z } from "zod";

/**
 * The codecs the official spec documents for `inbound.codecs` (its description and default list), in its spelling.
 * A misspelt codec ("G7299") would otherwise reach Telnyx and silently drop a codec from the trunk.
 */
export const documentedCodecs = ["G722", "G711U", "G711A", "G729", "OPUS", "H.264"] as const;

export type DocumentedCodec = (typeof documentedCodecs)[number];

/** A codec Telnyx accepts that this version does not list yet: made by `extraCodec(name)`, allowed by the environment. */
export type ExtraCodec = string & { readonly __extraCodec: true };

export type Codec = DocumentedCodec | ExtraCodec;

/**
 * The escape hatch for a codec Telnyx adds after this version: its exact name in this comma-separated environment
 * variable, seen by the process that validates (the `pulumi` command's environment).
 */
export const EXTRA_CODECS_ENV = "TELNYX_SIP_EXTRA_CODECS";

/**
 * Types `name` as a codec for a program's arguments. Validation still refuses it unless `TELNYX_SIP_EXTRA_CODECS` lists
 * it, so both the code and the environment say on purpose that a codec outside the documented list is meant.
 */
export function extraCodec(name: string): ExtraCodec {
  return name as ExtraCodec;
}

function extraCodecs(): string[] {
  return (process.env[EXTRA_CODECS_ENV] ?? "").split(",").map((c) => c.trim()).filter((c) => c !== "");
}

export function isAllowedCodec(value: string): boolean {
  return (documentedCodecs as readonly string[]).includes(value) || extraCodecs().includes(value);
}

const message =
  `must be one of ${documentedCodecs.map((c) => JSON.stringify(c)).join(", ")} (the codecs Telnyx documents); ` +
  `for a codec Telnyx added since, list its name in ${EXTRA_CODECS_ENV} and write extraCodec("<name>")`;

/** One entry of `inbound.codecs`. A string at run time (so responses and the plugin schema see a string), typed `Codec`. */
export const codec = () => z.string().refine(isAllowedCodec, message) as unknown as z.ZodType<Codec, Codec>;
