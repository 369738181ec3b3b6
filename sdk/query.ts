/* Query strings in the API's deepObject style: {filter: {connection_name: {contains: "abc"}}} → filter[connection_name][contains]=abc. */

export type QueryValue = string | number | boolean | null | undefined | QueryParams;
export interface QueryParams {
  [key: string]: QueryValue;
}

/** Accepts flat keys ("filter[fqdn]") and nested objects alike; null and undefined are left out. */
export function encodeQuery(params: QueryParams | undefined): string {
  const search = new URLSearchParams();
  const add = (key: string, value: QueryValue) => {
    if (value === null || value === undefined) return;
    if (typeof value === "object") {
      for (const [k, v] of Object.entries(value)) add(`${key}[${k}]`, v);
    } else search.append(key, String(value));
  };
  for (const [k, v] of Object.entries(params ?? {})) add(k, v);
  const s = search.toString();
  return s ? `?${s}` : "";
}
