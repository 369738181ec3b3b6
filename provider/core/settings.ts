import { STACK_CONFIG_SETTINGS, type TelnyxSettingNames } from "../../sdk/errors";
import { TELNYX_API_URL } from "../../sdk/telnyx-http";
import { accountOf } from "../ownership/account";

// Which API this provider process talks to, and with which credentials: read from the stack config, which only the
// dynamic provider's `configure` hands over. Loads no client (clients.ts does), so that a process that only deletes
// reaches the API without loading the schemas.

/** What `telnyx:*` / `telzino:*` stack config or the environment says; read once per provider process. */
export interface Settings {
  apiKey?: string;
  baseUrl: string;
  telzinoToken?: string;
  telzinoBaseUrl: string;
  /** The settings the user gave the key and URL with: the stack config's, or the provider plugin's own. */
  names: TelnyxSettingNames;
}

export const DEFAULT_BASE_URL = TELNYX_API_URL;
export const DEFAULT_TELZINO_BASE_URL = "https://api.telzino.com/v1";

/** The stack config; the provider plugin (plugin/config.ts) hands its own over as such, naming its settings. */
type ConfigSource = { get(key: string): string | undefined; settingNames?: TelnyxSettingNames };

export function readSettings(config: ConfigSource | undefined, env: NodeJS.ProcessEnv = process.env): Settings {
  const get = (key: string) => config?.get(key) || undefined;
  return {
    apiKey: get("telnyx:apiKey") ?? env.TELNYX_API_KEY,
    baseUrl: get("telnyx:baseUrl") ?? env.TELNYX_BASE_URL ?? DEFAULT_BASE_URL,
    telzinoToken: get("telzino:accessToken") ?? env.TELZINO_ACCESS_TOKEN,
    telzinoBaseUrl: get("telzino:baseUrl") ?? env.TELZINO_BASE_URL ?? DEFAULT_TELZINO_BASE_URL,
    names: config?.settingNames ?? STACK_CONFIG_SETTINGS,
  };
}

let current: Settings = readSettings(undefined);

/** Called by the dynamic provider's `configure` with the decrypted stack config: credentials never enter state. */
export function configure(config: ConfigSource | undefined): void {
  current = readSettings(config);
}

/** What `make` builds from the current settings, built again only after a configure changes them. */
export function perConfiguration<T>(make: (settings: Settings) => T): () => T {
  let made: { for: Settings; value: T } | undefined;
  return () => {
    if (made?.for !== current) made = { for: current, value: make(current) };
    return made.value;
  };
}

/** The fingerprint of the API key this provider process sends (ownership/account.ts). */
export const configuredAccount = perConfiguration((settings) => accountOf(settings.apiKey));

/** The settings this provider process was configured with, named in errors about them. */
export const configuredNames = (): TelnyxSettingNames => current.names;

/** The API URL this provider process sends to. */
export const configuredBaseUrl = (): string => current.baseUrl;

/** The Telnyx API key of `settings`, or the error that says how to give one. */
export function telnyxApiKey(settings: Settings): string {
  if (!settings.apiKey) {
    throw new Error(`No Telnyx API key: run \`pulumi config set --secret ${settings.names.apiKey} <key>\` or set TELNYX_API_KEY.`);
  }
  return settings.apiKey;
}
