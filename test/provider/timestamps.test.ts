// updatedAt is stored only once it differs from createdAt (provider/core/timestamps.ts), and read back from createdAt.
import { describe, expect, it } from "vitest";
import { updatedAt, withoutUnchangedTimestamp } from "../../provider/core/timestamps";

describe("withoutUnchangedTimestamp", () => {
  it("leaves out updatedAt only while it equals createdAt", () => {
    const created = "2026-11-30T10:00:00.000Z";
    expect(withoutUnchangedTimestamp({ createdAt: created, updatedAt: created, a: 1 })).toEqual({ createdAt: created, a: 1 });
    const updated = { createdAt: created, updatedAt: "2026-11-30T11:00:00.000Z" };
    expect(withoutUnchangedTimestamp(updated)).toEqual(updated);
    expect(updatedAt(undefined, created)).toBe(created);
    expect(updatedAt(updated.updatedAt, created)).toBe(updated.updatedAt);
  });
});
