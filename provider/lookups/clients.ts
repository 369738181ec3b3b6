import * as pulumi from "@pulumi/pulumi";
import type { TelnyxClient, TelzinoClient } from "../../sdk";
import { readSettings, telnyxClientFor, telzinoClientFor } from "../core/settings";

// Lookups run in the program itself, not in the provider process, so they read the same stack config
// (`telnyx:apiKey`, `telnyx:baseUrl`, `telzino:*`) through the program's runtime.
const programSettings = () => readSettings({ get: (key) => pulumi.runtime.getConfig(key) });

export const programTelnyx = (): TelnyxClient => telnyxClientFor(programSettings());
export const programTelzino = (): TelzinoClient => telzinoClientFor(programSettings());
