import type { IncomingMessage } from "node:http";
import { forbidden, type ApiError } from "./errors";

// The control API has no authentication and GET /_emulator/state returns every password in clear, so it must not be
// reachable from a web page the developer happens to have open: a cross-origin form or fetch (CSRF, no preflight for
// a text/plain POST) or a hostile domain resolving to 127.0.0.1 (DNS rebinding, where the page is "same-origin" but
// the Host header carries the attacker's name). Scripts and tests send neither an Origin nor a foreign Host.

const LOOPBACK = ["localhost", "127.0.0.1", "[::1]"];

/** The host part of a Host header or origin ("[::1]:4510" -> "[::1]"), lower-cased. */
function hostName(hostAndPort: string): string {
  const name = hostAndPort.startsWith("[") ? hostAndPort.slice(0, hostAndPort.indexOf("]") + 1) : hostAndPort.split(":")[0];
  return name.toLowerCase();
}

/** The names the emulator answers to: loopback ones, and the host it was bound to. */
const ownNames = (boundHost: string): string[] => [...LOOPBACK, (boundHost.includes(":") ? `[${boundHost}]` : boundHost).toLowerCase()];

/** Why a control request must be refused, or undefined to serve it. `port` is the one the request came in on. */
export function controlRefusal(req: IncomingMessage, raw: string, boundHost: string, port: number): ApiError | undefined {
  const names = ownNames(boundHost);
  const host = req.headers.host;
  if (!host || !names.includes(hostName(host))) {
    return forbidden(`The control API answers only to Host ${names.join(", ")} (with the port), not ${JSON.stringify(host ?? "")}.`);
  }
  const origin = req.headers.origin;
  if (origin !== undefined) {
    let own = false;
    try {
      const url = new URL(origin);
      own = url.protocol === "http:" && names.includes(hostName(url.host)) && Number(url.port || 80) === port;
    } catch {
      own = false;
    }
    if (!own) return forbidden(`The control API refuses cross-origin requests (Origin ${JSON.stringify(origin)}).`);
  }
  const site = req.headers["sec-fetch-site"];
  if (site !== undefined && site !== "same-origin" && site !== "none") {
    return forbidden(`The control API refuses requests a browser marks Sec-Fetch-Site: ${site}.`);
  }
  const type = String(req.headers["content-type"] ?? "").split(";")[0].trim().toLowerCase();
  if (raw !== "" && type !== "application/json") {
    return forbidden(`A control API request body must be sent as content-type: application/json, not ${JSON.stringify(type)}.`);
  }
  return undefined;
}
