import type { ApiError } from "./errors";

/** What a handler answers; the server turns it into an HTTP response. */
export interface Reply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export interface PageMeta {
  page_number: number;
  page_size: number;
  total_pages: number;
  total_results: number;
}

export function single(data: unknown, status = 200): Reply {
  return { status, body: { data } };
}

export function list(data: unknown[], meta: PageMeta): Reply {
  return { status: 200, body: { data, meta } };
}

/** access_ip_ranges writes and /sip_registration_status answer without the `data` wrapper. */
export function bare(body: unknown, status = 200): Reply {
  return { status, body };
}

export function errorReply(err: ApiError): Reply {
  return { status: err.status, body: { errors: err.errors }, headers: err.headers };
}
