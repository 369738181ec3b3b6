import { isNotFound } from "../../sdk/errors";
import { routes, type ResourceKind } from "../../sdk/routes";
import { objectPath, telnyxHttp } from "../../sdk/telnyx-http";
import { deletedThisRun } from "./run-memory";
import { perConfiguration, telnyxApiKey } from "./settings";

/** The HTTP client of this configuration, without the schemas TelnyxClient loads: a DELETE sends no body to redact. */
const http = perConfiguration((settings) => telnyxHttp({ apiKey: telnyxApiKey(settings), baseUrl: settings.baseUrl }));

/**
 * After `err` from a call on object `id`: true when it is a 404 and the collection itself answers, so the object is
 * gone; false for any other error; throws, naming the URL, when the collection answers 404 too (a wrong base URL or
 * a proxy). Loads the schemas, which only this check needs on the way to a delete.
 */
export async function gone(kind: ResourceKind, id: string, err: unknown): Promise<boolean> {
  if (!isNotFound(err)) return false;
  const [{ telnyx }, { resources }] = await Promise.all([import("./clients"), import("../../sdk/resources")]);
  return telnyx().resource(resources[kind] as never).confirmGone(id, err);
}

/**
 * Deletes object `id` of `kind`; one already gone is what a delete wants. It needs no schema, so a `pulumi destroy`
 * loads neither zod nor the schemas (about 60 ms of CPU) unless a 404 must be told from a wrong base URL.
 */
export async function deleteObject(kind: ResourceKind, id: string): Promise<void> {
  deletedThisRun.add(`${kind}/${id}`);
  try {
    await http().request("DELETE", objectPath(routes[kind].path, id));
  } catch (err) {
    if (!(await gone(kind, id, err))) throw err;
  }
}
