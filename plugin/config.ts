// The provider's own configuration (`telnyx-sip:apiKey`, `telnyx-sip:baseUrl`, or an explicit provider's inputs)
// handed to the kind providers as the stack config the dynamic resources read (`telnyx:apiKey`, `telnyx:baseUrl`),
// so both read settings, and fall back to TELNYX_API_KEY / TELNYX_BASE_URL, through the same code (settings.ts).
import type * as pulumi from "@pulumi/pulumi";
import type { TelnyxSettingNames } from "../sdk/errors";
import type { Props } from "./wire";
import { allKinds, kindProvider } from "./kinds";

export interface PluginConfig {
  apiKey?: string;
  baseUrl?: string;
}

const text = (v: unknown): string | undefined => (typeof v === "string" && v !== "" ? v : undefined);

/** The config from Configure's args, or, from an older engine, its variables (`telnyx-sip:config:apiKey`). */
export function pluginConfig(args: Props, variables: Map<string, string>): PluginConfig {
  return {
    apiKey: text(args.apiKey) ?? text(variables.get("telnyx-sip:config:apiKey")),
    baseUrl: text(args.baseUrl) ?? text(variables.get("telnyx-sip:config:baseUrl")),
  };
}

/** Fails on a base URL that is not a URL, naming the setting and what to give. */
export function configFailures(config: PluginConfig): { property: string; reason: string }[] {
  if (config.baseUrl === undefined) return [];
  try {
    new URL(config.baseUrl);
    return [];
  } catch {
    return [{ property: "baseUrl", reason: `telnyx-sip:baseUrl is not a URL; give the API's base URL with /v2, e.g. https://api.telnyx.com/v2` }];
  }
}

/** What a user of the plugin sets the key and URL with, for the hints of errors about them. */
export const PLUGIN_SETTINGS: TelnyxSettingNames = {
  apiKey: "telnyx-sip:apiKey",
  baseUrl: "telnyx-sip:baseUrl",
  perResourceKey: "an explicit telnyx-sip provider's apiKey",
};

export async function configureKinds(config: PluginConfig): Promise<void> {
  const keys: Record<string, string | undefined> = { "telnyx:apiKey": config.apiKey, "telnyx:baseUrl": config.baseUrl };
  // The settings read only `get` and `settingNames` of the config (provider/core/settings.ts).
  const source = { get: (key: string) => keys[key], settingNames: PLUGIN_SETTINGS };
  const request = { config: source } as unknown as pulumi.dynamic.ConfigureRequest;
  for (const kind of allKinds()) await kindProvider(kind).configure(request);
}
