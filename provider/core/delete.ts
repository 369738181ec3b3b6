import { isNotFound } from "../../sdk/errors";
import { routes, type ResourceKind } from "../../sdk/routes";
import { objectPath, telnyxHttp } from "../../sdk/telnyx-http";
import { assertSameAccount, notOwned } from "../ownership";
import { warn } from "../ownership/engine-warning";
import { privateOf } from "./internal-keys";
import { configuredAccount, perConfiguration, telnyxApiKey } from "./settings";

type Props = Record<string, unknown>;

/** The HTTP client of this configuration, without the schemas TelnyxClient loads: a DELETE sends no body to redact. */
const http = perConfiguration((settings) => telnyxHttp({ apiKey: telnyxApiKey(settings), baseUrl: settings.baseUrl, settingNames: settings.names }));

/**
 * After `err` from a call on object `id` of the resource whose state is `props`: true when it is a 404 that proves
 * the object gone (the collection answers, so the URL is right; the key is one that reached the object before, so
 * the account is); false for any other error; throws, saying which, when the 404 proves nothing. Loads the schemas,
 * which only this check needs on the way to a delete.
 */
export async function gone(kind: ResourceKind, id: string, err: unknown, props: Props | undefined, operation: string): Promise<boolean> {
  if (!isNotFound(err)) return false;
  assertSameAccount(routes[kind].title, id, privateOf(props).account, configuredAccount(), operation);
  const [{ telnyx }, { resources }] = await Promise.all([import("./clients"), import("../../sdk/resources")]);
  return telnyx().resource(resources[kind] as never).confirmGone(id, err);
}

/**
 * Deletes object `id` of `kind`, whose resource's state is `props`; one already gone is what a delete wants. An object
 * owned by a tag (ownership/index.ts) is first read, and left in place, with a warning, unless it still carries this
 * resource's tag; an untagged one, or one adopted by 0.4 (tagged at its first update since), is deleted as it is. It needs no schema, so a `pulumi destroy` loads neither zod nor the schemas (about 60 ms of CPU)
 * unless a 404 must be told from a wrong base URL.
 */
export async function deleteObject(kind: ResourceKind, id: string, props: Props | undefined): Promise<void> {
  const own = privateOf(props);
  const path = objectPath(routes[kind].path, id);
  try {
    // Only a tagged object can prove who owns it (and not every kind can even be read by id: access IP ranges).
    if (own.ownedBy !== undefined) {
      const object = (await http().request("GET", path)).body as { data?: Props } | undefined;
      const why = notOwned(object?.data ?? {}, own.ownedBy);
      if (why) {
        await warn(`${routes[kind].title} ${id} was left in place and is no longer in this stack: ${why}.`);
        return;
      }
    }
    await http().request("DELETE", path);
  } catch (err) {
    if (!(await gone(kind, id, err, props, "destroy"))) throw err;
  }
}
