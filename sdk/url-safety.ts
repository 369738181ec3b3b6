import { isIPv4 } from "node:net";

/** Hosts that cannot be on another machine, so plain http:// cannot expose the key on the network. */
export function isLoopbackHost(hostname: string): boolean {
  const h = hostname.toLowerCase();
  return h === "localhost" || h === "[::1]" || h === "::1" || (isIPv4(h) && h.startsWith("127."));
}

/** Parses a base URL, refusing any that would send the API key in clear text over the network. */
export function assertSafeBaseUrl(baseUrl: string, service: string): URL {
  if (!URL.canParse(baseUrl)) throw new Error(`${service} base URL is not a valid absolute URL`);
  const url = new URL(baseUrl);
  if (url.protocol === "https:") return url;
  if (url.protocol !== "http:") throw new Error(`${service} base URL must use https:// (got ${url.protocol}//)`);
  if (isLoopbackHost(url.hostname)) return url;
  throw new Error(
    `Refusing to send the ${service} API key over plain http:// to ${url.hostname}: ` +
      "use https://, or http:// only to a loopback host (127.0.0.0/8, ::1, localhost)",
  );
}
