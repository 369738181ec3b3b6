import { TelnyxClient, TelzinoClient } from "../../sdk";
import { perConfiguration, telnyxApiKey, type Settings } from "./settings";

export function telnyxClientFor(settings: Settings): TelnyxClient {
  return new TelnyxClient({ apiKey: telnyxApiKey(settings), baseUrl: settings.baseUrl, settingNames: settings.names });
}

/** The provider process's client, made once per configuration. */
export const telnyx = perConfiguration(telnyxClientFor);

export function telzinoClientFor(settings: Settings): TelzinoClient {
  if (!settings.telzinoToken) {
    throw new Error(
      "No Telzino access token: run `pulumi config set --secret telzino:accessToken <token>` or set TELZINO_ACCESS_TOKEN.",
    );
  }
  return new TelzinoClient({ accessToken: settings.telzinoToken, baseUrl: settings.telzinoBaseUrl });
}
