import type { TelnyxClient } from "../../sdk/client";
import type { ResourceSpec } from "../../sdk/resource-spec";
import { resources, type ResourceKind } from "../../sdk/resources";
import { isApiId } from "./api-id";
import { printable } from "./printable";
import { emptySnapshot, type AccountSnapshot, type ApiObject } from "./snapshot";

/** Guards against a server that never reports its last page. */
const maxPages = 10_000;

/** Every object of one collection, page by page at the largest page size, reporting each page. */
async function readAll(client: TelnyxClient, spec: ResourceSpec, progress: (line: string) => void): Promise<ApiObject[]> {
  const api = client.resource(spec);
  const items: ApiObject[] = [];
  for (let page = 1; page <= maxPages; page++) {
    const { data, meta } = await api.listPage({}, { pageNumber: page, pageSize: spec.maxPageSize });
    for (const item of data as ApiObject[]) {
      if (!isApiId(item.id)) {
        throw new Error(
          `${spec.title}s: the API returned an object with id ${printable(JSON.stringify(item.id) ?? "undefined")}, which is not a ` +
            "Telnyx id (a number or a UUID); nothing was written. Check that the base URL is Telnyx's (TELNYX_BASE_URL, --base-url).",
        );
      }
      items.push(item);
    }
    // An empty collection reports total_pages 0: say "none" rather than "page 1 of 0".
    const of = meta.total_pages === undefined || meta.total_pages < page ? "" : ` of ${meta.total_pages}`;
    progress(items.length === 0 ? `${spec.title}s: none` : `${spec.title}s: page ${page}${of}, ${items.length} objects`);
    const last = meta.total_pages === undefined ? data.length < spec.maxPageSize : page >= meta.total_pages;
    if (data.length === 0 || last) return items;
  }
  throw new Error(`${spec.path}: more than ${maxPages} pages; is the server ignoring page[number]?`);
}

/** Reads every SIP object of the account behind `client`, one resource type after the other. */
export async function readAccount(client: TelnyxClient, progress: (line: string) => void = () => {}): Promise<AccountSnapshot> {
  const account = emptySnapshot();
  for (const kind of Object.keys(account) as ResourceKind[]) {
    account[kind] = await readAll(client, resources[kind] as unknown as ResourceSpec, progress);
  }
  return account;
}
