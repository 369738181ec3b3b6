// Issue 26: an error about the Telnyx key names the setting the user gave it with: `telnyx:apiKey` in a TypeScript
// program, `telnyx-sip:apiKey` through the provider plugin (a YAML program), which hands its config over as settings.
import { describe, expect, it } from "vitest";
import { readSettings, telnyxApiKey } from "../../provider/core/settings";
import { PLUGIN_SETTINGS } from "../../plugin/config";

describe("the settings named in errors about the key", () => {
  it("names telnyx:apiKey for the stack config, and telnyx-sip:apiKey when the plugin configures the provider", () => {
    const stack = readSettings({ get: () => undefined }, {});
    expect(() => telnyxApiKey(stack)).toThrow("No Telnyx API key: run `pulumi config set --secret telnyx:apiKey <key>` or set TELNYX_API_KEY.");
    const plugin = readSettings({ get: () => undefined, settingNames: PLUGIN_SETTINGS }, {});
    expect(() => telnyxApiKey(plugin)).toThrow(
      "No Telnyx API key: run `pulumi config set --secret telnyx-sip:apiKey <key>` or set TELNYX_API_KEY.",
    );
  });
});
