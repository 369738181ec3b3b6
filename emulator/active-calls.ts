import type { Reply } from "./envelope";
import { badRequest } from "./errors";
import { uuid } from "./ids";
import type { Rec } from "./store";

/**
 * Calls in progress per connection, for GET /v2/connections/{id}/active_calls. They are placed through the
 * control API only (the emulator carries no media) and live in memory: a restart ends every call.
 */
export class ActiveCalls {
  private byConnection = new Map<string, Rec[]>();

  place(connectionId: string, count: number, durationSecs: number): Rec[] {
    const placed = Array.from({ length: count }, () => ({
      record_type: "call",
      call_control_id: `v3:${uuid()}`,
      call_leg_id: uuid(),
      call_session_id: uuid(),
      client_state: "",
      call_duration: durationSecs,
    }));
    this.byConnection.set(connectionId, [...this.of(connectionId), ...placed]);
    return placed;
  }

  of(connectionId: string): Rec[] {
    return this.byConnection.get(connectionId) ?? [];
  }

  hangUp(connectionId?: string): void {
    if (connectionId === undefined) this.byConnection.clear();
    else this.byConnection.delete(connectionId);
  }
}

const cursor = (index: number) => Buffer.from(`v1:${index}`).toString("base64url");
const indexOf = (c: string) => Number(/^v1:(\d+)$/.exec(Buffer.from(c, "base64url").toString())?.[1] ?? NaN);

/**
 * One page in the call-control list shape: cursors (page[limit], default 20, max 250; page[after]/page[before]) as the
 * spec documents, and page[number]/page[size] as the official SDK pages it; meta answers both ways.
 */
export function activeCallsPage(calls: Rec[], path: string, query: URLSearchParams): Reply {
  const limit = Number(query.get("page[limit]") ?? query.get("page[size]") ?? 20);
  if (!Number.isInteger(limit) || limit < 1 || limit > 250) throw badRequest("page[limit] must be an integer between 1 and 250.", "page[limit]");
  const number = Number(query.get("page[number]") ?? 1);
  if (!Number.isInteger(number) || number < 1) throw badRequest("page[number] must be an integer of 1 or more.", "page[number]");
  const after = query.get("page[after]");
  const before = query.get("page[before]");
  const start = after !== null ? indexOf(after) : before !== null ? Math.max(0, indexOf(before) - limit) : (number - 1) * limit;
  if (!Number.isInteger(start)) throw badRequest("page[after] or page[before] is not a cursor this API issued.", "page");
  const data = calls.slice(start, start + limit);
  const end = start + data.length;
  const meta: Rec = {
    total_items: calls.length,
    cursors: {},
    page_number: Math.floor(start / limit) + 1,
    page_size: limit,
    total_pages: Math.max(1, Math.ceil(calls.length / limit)),
    total_results: calls.length,
  };
  if (end < calls.length) {
    meta.cursors.after = cursor(end);
    meta.next = `${path}?page[after]=${cursor(end)}`;
  }
  if (start > 0) {
    meta.cursors.before = cursor(start);
    meta.previous = `${path}?page[before]=${cursor(start)}`;
  }
  return { status: 200, body: { data, meta } };
}
