import { TelnyxClient, TelzinoClient } from "../../sdk";

/** What `telnyx:*` / `telzino:*` stack config or the environment says; read once per provider process. */
export interface Settings {
  apiKey?: string;
  baseUrl: string;
  telzinoToken?: string;
  telzinoBaseUrl: string;
}

export const DEFAULT_BASE_URL = "https://api.telnyx.com/v2";
export const DEFAULT_TELZINO_BASE_URL = "https://api.telzino.com/v1";

type ConfigSource = { get(key: string): string | undefined };

export function readSettings(config: ConfigSource | undefined, env: NodeJS.ProcessEnv = process.env): Settings {
  const get = (key: string) => config?.get(key) || undefined;
  return {
    apiKey: get("telnyx:apiKey") ?? env.TELNYX_API_KEY,
    baseUrl: get("telnyx:baseUrl") ?? env.TELNYX_BASE_URL ?? DEFAULT_BASE_URL,
    telzinoToken: get("telzino:accessToken") ?? env.TELZINO_ACCESS_TOKEN,
    telzinoBaseUrl: get("telzino:baseUrl") ?? env.TELZINO_BASE_URL ?? DEFAULT_TELZINO_BASE_URL,
  };
}

let current: Settings = readSettings(undefined);
let client: TelnyxClient | undefined;

/** Called by the dynamic provider's `configure` with the decrypted stack config: credentials never enter state. */
export function configure(config: ConfigSource | undefined): void {
  current = readSettings(config);
  client = undefined;
}

/** The API URL this provider process sends to. */
export const configuredBaseUrl = (): string => current.baseUrl;

export function telnyxClientFor(settings: Settings): TelnyxClient {
  if (!settings.apiKey) {
    throw new Error(
      "No Telnyx API key: run `pulumi config set --secret telnyx:apiKey <key>` or set TELNYX_API_KEY.",
    );
  }
  return new TelnyxClient({ apiKey: settings.apiKey, baseUrl: settings.baseUrl });
}

/** The provider process's client, made once per configuration. */
export function telnyx(): TelnyxClient {
  client ??= telnyxClientFor(current);
  return client;
}

export function telzinoClientFor(settings: Settings): TelzinoClient {
  if (!settings.telzinoToken) {
    throw new Error(
      "No Telzino access token: run `pulumi config set --secret telzino:accessToken <token>` or set TELZINO_ACCESS_TOKEN.",
    );
  }
  return new TelzinoClient({ accessToken: settings.telzinoToken, baseUrl: settings.telzinoBaseUrl });
}
