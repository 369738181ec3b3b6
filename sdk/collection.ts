import type { z } from "zod";
import { readOne, readPage, type PageMeta } from "./envelope";
import type { HttpClient } from "./http";
import { objectPath } from "./telnyx-http";
import type { QueryParams } from "./query";

export interface Page<T> {
  data: T[];
  meta: PageMeta;
}

export interface PageOptions {
  /** 1-based (default 1). */
  pageNumber?: number;
  /** Omitted: the API's default size. */
  pageSize?: number;
}

export interface ListOptions {
  /** Items per request (default: the endpoint's maximum, to make the fewest requests). */
  pageSize?: number;
}

/** Guards against a server that never reports the last page. */
const maxPages = 10_000;

/** GET by id and page-number listing for one collection path, e.g. "/connections". */
export class Collection<T> {
  constructor(
    protected readonly http: HttpClient,
    readonly path: string,
    protected readonly schema: z.ZodType<T>,
    protected readonly maxPageSize: number,
  ) {}

  async get(id: string): Promise<T> {
    const path = objectPath(this.path, id);
    const res = await this.http.request("GET", path);
    return readOne(res, "data", this.schema, "GET", this.http.pathFor(path));
  }

  /**
   * One page. Filters are flat ({"filter[connection_id]": "1"}) or nested ({filter: {connection_id: "1"}}),
   * encoded deepObject style either way.
   */
  async listPage(filters: QueryParams = {}, opts: PageOptions = {}): Promise<Page<T>> {
    const page: QueryParams = {};
    if (opts.pageNumber !== undefined) page.number = opts.pageNumber;
    if (opts.pageSize !== undefined) page.size = Math.min(opts.pageSize, this.maxPageSize);
    const res = await this.http.request("GET", this.path, { query: { ...filters, page } });
    return readPage(res, this.schema, "GET", this.http.pathFor(this.path));
  }

  /** Every page: stops when meta.total_pages is reached, on an empty page, or (no meta) on a short page. */
  async list(filters: QueryParams = {}, opts: ListOptions = {}): Promise<T[]> {
    const pageSize = Math.min(opts.pageSize ?? this.maxPageSize, this.maxPageSize);
    const all: T[] = [];
    for (let pageNumber = 1; pageNumber <= maxPages; pageNumber++) {
      const { data, meta } = await this.listPage(filters, { pageNumber, pageSize });
      all.push(...data);
      if (data.length === 0) return all;
      const current = meta.page_number ?? pageNumber;
      if (meta.total_pages !== undefined ? current >= meta.total_pages : data.length < pageSize) return all;
      pageNumber = current;
    }
    throw new Error(`${this.path}: more than ${maxPages} pages; is the server ignoring page[number]?`);
  }
}
