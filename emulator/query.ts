import { badRequest } from "./errors";
import type { PageMeta } from "./envelope";
import type { Rec } from "./store";

/** Pagination, sorting and filter helpers for the deepObject query style (`page[size]=3`). */

export const MAX_PAGE_SIZE = 250;

function intParam(query: URLSearchParams, name: string, fallback: number, min: number, max: number): number {
  const raw = query.get(name);
  if (raw === null) return fallback;
  const n = /^\d+$/.test(raw) ? Number(raw) : NaN;
  if (!Number.isSafeInteger(n) || n < min || n > max) {
    throw badRequest(`${name} must be an integer between ${min} and ${max}.`, name);
  }
  return n;
}

export function paginate(items: Rec[], query: URLSearchParams, defaultSize: number): { data: Rec[]; meta: PageMeta } {
  const pageNumber = intParam(query, "page[number]", 1, 1, Number.MAX_SAFE_INTEGER);
  const pageSize = intParam(query, "page[size]", defaultSize, 1, MAX_PAGE_SIZE);
  const start = (pageNumber - 1) * pageSize;
  return {
    data: items.slice(start, start + pageSize),
    meta: {
      page_number: pageNumber,
      page_size: pageSize,
      total_pages: Math.ceil(items.length / pageSize),
      total_results: items.length,
    },
  };
}

function compare(a: unknown, b: unknown): number {
  if (a === b) return 0;
  if (a === null || a === undefined) return -1;
  if (b === null || b === undefined) return 1;
  if (typeof a === "string" && typeof b === "string") return a.localeCompare(b);
  return a < b ? -1 : 1;
}

/** `sort=field` or `sort=-field`; ties keep insertion order in the requested direction. */
export function sortItems(items: Rec[], query: URLSearchParams, fields: readonly string[], fallback: string): Rec[] {
  const raw = query.get("sort") ?? fallback;
  const desc = raw.startsWith("-");
  const field = desc ? raw.slice(1) : raw;
  if (!fields.includes(field)) throw badRequest(`sort must be one of ${fields.join(", ")} (optionally prefixed with -).`, "sort");
  const dir = desc ? -1 : 1;
  return items
    .map((rec, index) => ({ rec, index }))
    .sort((x, y) => dir * (compare(x.rec[field], y.rec[field]) || x.index - y.index))
    .map((x) => x.rec);
}

/** Exact-match filters (`filter[port]=5060`), compared as strings; integer-typed ones are checked. */
export function exactFilters(items: Rec[], query: URLSearchParams, fields: readonly string[], intFields: readonly string[] = []): Rec[] {
  let out = items;
  for (const field of fields) {
    const value = query.get(`filter[${field}]`);
    if (value === null) continue;
    if (intFields.includes(field) && !/^\d+$/.test(value)) throw badRequest(`filter[${field}] must be an integer.`, `filter[${field}]`);
    out = out.filter((r) => r[field] !== null && r[field] !== undefined && String(r[field]) === value);
  }
  return out;
}

/** `filter[<field>][contains]`: case-insensitive substring; Telnyx wants at least `min` characters. */
export function containsFilter(items: Rec[], query: URLSearchParams, field: string, min = 1): Rec[] {
  const param = `filter[${field}][contains]`;
  const value = query.get(param);
  if (value === null) return items;
  if (value.length < min) throw badRequest(`${param} must be at least ${min} characters long.`, param);
  const needle = value.toLowerCase();
  return items.filter((r) => typeof r[field] === "string" && r[field].toLowerCase().includes(needle));
}
