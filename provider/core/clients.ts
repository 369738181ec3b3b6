import { TelnyxClient, TelzinoClient } from "../../sdk";
import { currentSettings, telnyxApiKey, type Settings } from "./settings";

export function telnyxClientFor(settings: Settings): TelnyxClient {
  return new TelnyxClient({ apiKey: telnyxApiKey(settings), baseUrl: settings.baseUrl });
}

let client: { for: Settings; client: TelnyxClient } | undefined;

/** The provider process's client, made once per configuration. */
export function telnyx(): TelnyxClient {
  const settings = currentSettings();
  if (client?.for !== settings) client = { for: settings, client: telnyxClientFor(settings) };
  return client.client;
}

export function telzinoClientFor(settings: Settings): TelzinoClient {
  if (!settings.telzinoToken) {
    throw new Error(
      "No Telzino access token: run `pulumi config set --secret telzino:accessToken <token>` or set TELZINO_ACCESS_TOKEN.",
    );
  }
  return new TelzinoClient({ accessToken: settings.telzinoToken, baseUrl: settings.telzinoBaseUrl });
}
