import type { z } from "zod";
import { TelnyxResponseError } from "./errors";
import { PARSE } from "./schema-meta";
import type { HttpResponse } from "./http";

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/**
 * Takes the object out of {data: …} or a bare body and parses it with a lenient response schema.
 * A bare-envelope endpoint that starts wrapping in {data} is still understood.
 */
export function readOne<T>(res: HttpResponse, envelope: "data" | "bare", schema: z.ZodType<T>, method: string, path: string): T {
  const body = res.body;
  const wrapped = isObject(body) && isObject(body.data) && (envelope === "data" || !("id" in body));
  const value = wrapped ? (body as { data: unknown }).data : envelope === "bare" ? body : undefined;
  return parse(value, schema, res.status, method, path);
}

export interface PageMeta {
  page_number?: number;
  page_size?: number;
  total_pages?: number;
  total_results?: number;
}

export function readPage<T>(res: HttpResponse, schema: z.ZodType<T>, method: string, path: string): { data: T[]; meta: PageMeta } {
  const body = res.body;
  if (!isObject(body) || !Array.isArray(body.data)) {
    throw new TelnyxResponseError(`${method} ${path} (${res.status}): expected {data: [...]}`, method, path, res.status);
  }
  const meta = isObject(body.meta) ? body.meta : {};
  const num = (v: unknown) => (typeof v === "number" && Number.isFinite(v) ? v : undefined);
  return {
    data: body.data.map((item) => parse(item, schema, res.status, method, path)),
    meta: {
      page_number: num(meta.page_number),
      page_size: num(meta.page_size),
      total_pages: num(meta.total_pages),
      total_results: num(meta.total_results),
    },
  };
}

function parse<T>(value: unknown, schema: z.ZodType<T>, status: number, method: string, path: string): T {
  const result = schema.safeParse(value, PARSE);
  if (result.success) return result.data;
  // Issue paths and messages only: values could be secrets.
  const where = result.error.issues.map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`).join("; ");
  throw new TelnyxResponseError(`${method} ${path} (${status}): unexpected response: ${where}`, method, path, status);
}
