import { routes } from "../../sdk/routes";
import type { Kind } from "./handlers";
import { privateOf, withPrivate } from "./internal-keys";

// Every object lives at one API URL. Refresh and destroy are configured from the config saved at the last `up` unless
// run with --run-program, and a changed `telnyx:baseUrl` would send them elsewhere: a delete there finds nothing (and
// the state forgets objects that still exist), or reaches an object that happens to share the id. So each resource
// records the URL it was created through (in its private state, internal-keys.ts), and no call goes to another URL
// without the user saying so.

/** Set to the recorded URL to declare that the objects recorded there are now reached at the configured one. */
export const MOVED_FROM_ENV = "TELNYX_SIP_MOVED_FROM";

const normalized = new Map<string, string>();

/** Scheme, host, port and path, without credentials, query or trailing slash. */
export const normalUrl = (url: string): string => {
  let normal = normalized.get(url);
  if (normal === undefined) {
    const u = new URL(url);
    normalized.set(url, (normal = `${u.protocol}//${u.host}${u.pathname.replace(/\/+$/, "")}`));
  }
  return normal;
};

const same = (a: string, b: string): boolean => {
  try {
    return normalUrl(a) === normalUrl(b);
  } catch {
    return a === b;
  }
};

type Props = Record<string, any>;

/**
 * Fails, before any request, when the object `id` lives at another URL than the one this run is configured for. The
 * engine shows the resource's URN beside the message, so the state need not keep the resource's name for it.
 */
export function assertLocation(id: string, props: Props | undefined, configured: string, operation: string, kind: Kind): void {
  const recorded = privateOf(props).baseUrl;
  if (typeof recorded !== "string" || same(recorded, configured)) return;
  const movedFrom = process.env[MOVED_FROM_ENV];
  if (movedFrom && same(movedFrom, recorded)) return;
  const title = routes[kind]?.title ?? "resource";
  throw new Error(
    `${title} ${id}: it lives at ${recorded}, but this ${operation} is configured for ` +
      `${configured}; nothing was sent. To ${operation} it where it lives, point telnyx:baseUrl (or the resource's ` +
      `Account) back at ${recorded}. If ${configured} is the same API under a new address, set ` +
      `${MOVED_FROM_ENV}=${recorded} for one \`pulumi refresh --run-program\`, which records the new address.`,
  );
}

/**
 * The outputs of a create, read or update, recording where the object lives: the URL, and the fingerprint of the key
 * that just reached it (ownership/account.ts).
 */
export const located = <T extends { props?: Props; outs?: Props }>(result: T, configured: string, account: string | undefined): T => {
  const baseUrl = normalUrl(configured);
  const at = (props: Props) => withPrivate(props, { ...privateOf(props), baseUrl, account });
  if (result.outs) return { ...result, outs: at(result.outs) };
  if (result.props) return { ...result, props: at(result.props) };
  return result;
};
