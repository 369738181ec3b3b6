import type { ApiErrorItem } from "./errors";

const str = (v: unknown): string | undefined =>
  typeof v === "string" ? v : typeof v === "number" ? String(v) : undefined;

/**
 * Reads the errors out of an error body: Telnyx's {errors: [{code, title, detail, source}]}, or a
 * {message}/{error} body as other services (Telzino) send. Unknown shapes give no items.
 */
export function parseErrorItems(body: unknown): ApiErrorItem[] {
  if (typeof body !== "object" || body === null) return [];
  const b = body as Record<string, unknown>;
  if (Array.isArray(b.errors)) {
    return b.errors
      .filter((e): e is Record<string, unknown> => typeof e === "object" && e !== null)
      .map((e) => {
        const source = (typeof e.source === "object" && e.source !== null ? e.source : {}) as Record<string, unknown>;
        return { code: str(e.code), title: str(e.title), detail: str(e.detail), pointer: str(source.pointer), parameter: str(source.parameter) };
      });
  }
  const text = str(b.message) ?? str(b.error) ?? str(b.errorMessage);
  return text ? [{ title: text, code: str(b.code) }] : [];
}

export function requestIdOf(headers: Record<string, string | string[] | undefined>): string | undefined {
  for (const name of ["x-request-id", "x-telnyx-request-id", "request-id"]) {
    const v = headers[name];
    if (v) return Array.isArray(v) ? v[0] : v;
  }
  return undefined;
}
