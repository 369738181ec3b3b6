/** Telnyx error objects: `{errors:[{code,title,detail,source,meta:{url}}]}`. */
export interface ErrorSource {
  pointer?: string;
  parameter?: string;
}

export interface ErrorItem {
  code: string;
  title: string;
  detail: string;
  source?: ErrorSource;
  meta?: { url: string };
}

const TITLES: Record<string, string> = {
  "10005": "Resource not found",
  "10007": "Unexpected error",
  "10009": "Authentication failed",
  "10010": "Authorization failed",
  "10011": "Too many requests",
  "10012": "Duplicate resource",
  "10015": "Bad Request",
  "10017": "Associated resource does not exist",
};

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly errors: ErrorItem[],
    readonly headers: Record<string, string> = {},
  ) {
    super(errors.map((e) => e.detail).join("; "));
  }
}

export function errorItem(code: string, detail: string, source?: ErrorSource): ErrorItem {
  return {
    code,
    title: TITLES[code] ?? "Error",
    detail,
    ...(source ? { source } : {}),
    meta: { url: `https://developers.telnyx.com/docs/overview/errors/${code}` },
  };
}

/** A 422 item for one body field; `pointer` is a JSON pointer such as `/inbound/timeout_1xx_secs`. */
export function fieldError(pointer: string, detail: string, code = "10015"): ErrorItem {
  return errorItem(code, detail, { pointer });
}

export function invalid(items: ErrorItem[]): ApiError {
  return new ApiError(422, items);
}

export function badRequest(detail: string, parameter?: string): ApiError {
  return new ApiError(400, [errorItem("10015", detail, parameter ? { pointer: "/", parameter } : { pointer: "/" })]);
}

export function unauthorized(): ApiError {
  return new ApiError(401, [
    errorItem("10009", "The required authentication headers were either invalid or not included in the request."),
  ]);
}

export function forbidden(detail: string): ApiError {
  return new ApiError(403, [errorItem("10010", detail, { pointer: "/" })]);
}

export function notFound(detail = "The requested resource or URL could not be found."): ApiError {
  return new ApiError(404, [errorItem("10005", detail, { pointer: "/" })]);
}
