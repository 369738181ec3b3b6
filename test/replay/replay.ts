import type { Exchange, RecordedFixture } from "../../scripts/live/fixture";
import { REDACTED } from "../../sdk/redact";

/*
 * Replays a recorded live run against the emulator and lists every difference in status and body. Ids are mapped
 * (the emulator assigns its own), times and server-generated values are compared by type, scrubbed secrets not at
 * all, and list items that the recorded account held besides the run's own objects are left out of the comparison.
 */

const GENERATED = new Set(["user_name", "password", "fqdn", "sip_subdomain", "txt_name", "txt_value", "call_control_id", "call_leg_id", "call_session_id"]);
const isIdKey = (key: string) => key === "id" || key.endsWith("_id");
const isTimeKey = (key: string) => key.endsWith("_at") || key === "last_registration";
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const kind = (v: unknown) => (v === null ? "null" : Array.isArray(v) ? "array" : typeof v);

function mapIds(value: unknown, ids: Map<string, string>): unknown {
  if (typeof value === "string") return ids.get(value) ?? value;
  if (Array.isArray(value)) return value.map((v) => mapIds(v, ids));
  if (isObject(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mapIds(v, ids)]));
  return value;
}

const mapPath = (path: string, ids: Map<string, string>) =>
  path.replace(/[^/?&=]+/g, (part) => ids.get(decodeURIComponent(part)) ?? part);

/** Learns recorded id -> replayed id wherever both bodies carry an id at the same place. */
function learnIds(recorded: unknown, replayed: unknown, ids: Map<string, string>): void {
  if (Array.isArray(recorded) && Array.isArray(replayed)) recorded.forEach((r, i) => learnIds(r, replayed[i], ids));
  else if (isObject(recorded) && isObject(replayed)) {
    for (const [k, r] of Object.entries(recorded)) {
      const p = replayed[k];
      if (k === "id" && typeof r === "string" && typeof p === "string" && !ids.has(r)) ids.set(r, p);
      else learnIds(r, p, ids);
    }
  }
}

function compare(recorded: unknown, replayed: unknown, at: string, ids: Map<string, string>, out: string[]): void {
  const key = at.split(/[.[]/).pop() ?? "";
  if (recorded === REDACTED) return;
  if (isIdKey(key) && typeof recorded === "string") {
    if ((ids.get(recorded) ?? recorded) !== replayed) out.push(`${at}: id ${recorded} maps to ${ids.get(recorded)}, replayed ${JSON.stringify(replayed)}`);
    return;
  }
  if ((isTimeKey(key) || GENERATED.has(key)) && recorded !== null) {
    if (kind(recorded) !== kind(replayed)) out.push(`${at}: ${kind(recorded)} recorded, ${kind(replayed)} replayed`);
    return;
  }
  if (Array.isArray(recorded) && Array.isArray(replayed)) {
    if (key === "data") return compareList(recorded, replayed, at, ids, out);
    if (recorded.length !== replayed.length) out.push(`${at}: ${recorded.length} items recorded, ${replayed.length} replayed`);
    recorded.forEach((r, i) => compare(r, replayed[i], `${at}[${i}]`, ids, out));
    return;
  }
  if (isObject(recorded) && isObject(replayed)) {
    for (const k of new Set([...Object.keys(recorded), ...Object.keys(replayed)])) {
      const path = at ? `${at}.${k}` : k;
      if (!(k in replayed)) out.push(`${path}: recorded ${JSON.stringify(recorded[k])}, absent on replay`);
      else if (!(k in recorded)) out.push(`${path}: absent in the recording, replayed ${JSON.stringify(replayed[k])}`);
      else if (!(at === "" && k === "meta" && Array.isArray(recorded.data))) compare(recorded[k], replayed[k], path, ids, out);
    }
    return;
  }
  if (JSON.stringify(recorded) !== JSON.stringify(replayed)) out.push(`${at || "(body)"}: recorded ${JSON.stringify(recorded)}, replayed ${JSON.stringify(replayed)}`);
}

/** List items of the run's own objects, matched by id; others the recorded account held are not the run's. */
function compareList(recorded: unknown[], replayed: unknown[], at: string, ids: Map<string, string>, out: string[]): void {
  const byId = new Map(replayed.filter(isObject).map((r) => [String(r.id), r]));
  recorded.filter(isObject).forEach((r, i) => {
    const mapped = ids.get(String(r.id));
    if (mapped === undefined) return;
    if (!byId.has(mapped)) out.push(`${at}[${i}]: item ${String(r.id)} recorded, not listed on replay`);
    else compare(r, byId.get(mapped), `${at}[${i}]`, ids, out);
  });
}

async function send(baseUrl: string, e: Exchange, ids: Map<string, string>): Promise<{ status: number; body: unknown }> {
  const res = await fetch(baseUrl + mapPath(e.path + e.query, ids), {
    method: e.method,
    headers: { authorization: "Bearer replay-key", "content-type": "application/json" },
    body: e.requestBody === undefined ? undefined : JSON.stringify(mapIds(e.requestBody, ids)),
  });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : undefined };
}

/** Every difference between the recording and the emulator's answers, "#<n> <METHOD> <path> <where>: <what>". */
export async function replay(fixture: RecordedFixture, baseUrl: string): Promise<string[]> {
  const ids = new Map<string, string>();
  const differences: string[] = [];
  for (const [n, e] of fixture.exchanges.entries()) {
    const got = await send(baseUrl, e, ids);
    const found: string[] = [];
    if (got.status !== e.status) found.push(`status: ${e.status} recorded, ${got.status} replayed`);
    if (got.status < 300 && e.status < 300) {
      learnIds(e.responseBody, got.body, ids);
      compare(e.responseBody, got.body, "", ids, found);
    }
    differences.push(...found.map((f) => `#${n} ${e.method} ${e.path} ${f}`));
  }
  return differences;
}
