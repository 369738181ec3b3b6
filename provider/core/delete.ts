import type { HttpClient } from "../../sdk/http";
import { isNotFound } from "../../sdk/errors";
import { routes, type ResourceKind } from "../../sdk/routes";
import { objectPath, telnyxHttp } from "../../sdk/telnyx-http";
import { deletedThisRun } from "./run-memory";
import { currentSettings, telnyxApiKey, type Settings } from "./settings";

let http: { for: Settings; http: HttpClient } | undefined;

/** The HTTP client of this configuration, without the schemas TelnyxClient loads: a DELETE sends no body to redact. */
function httpNow(): HttpClient {
  const settings = currentSettings();
  if (http?.for !== settings) http = { for: settings, http: telnyxHttp({ apiKey: telnyxApiKey(settings), baseUrl: settings.baseUrl }) };
  return http.http;
}

/**
 * Deletes object `id` of `kind`; one already gone is what a delete wants. It needs no schema, so a `pulumi destroy`
 * loads neither zod nor the schemas (about 60 ms of CPU) unless a 404 must be told from a wrong base URL.
 */
export async function deleteObject(kind: ResourceKind, id: string): Promise<void> {
  deletedThisRun.add(`${kind}/${id}`);
  try {
    await httpNow().request("DELETE", objectPath(routes[kind].path, id));
  } catch (err) {
    if (!isNotFound(err)) throw err;
    // Gone only when the collection itself answers (not a wrong base URL or a proxy): confirmGone throws otherwise.
    const [{ telnyx }, { resources }] = await Promise.all([import("./clients"), import("../../sdk/resources")]);
    await telnyx().resource(resources[kind] as never).confirmGone(id, err);
  }
}
