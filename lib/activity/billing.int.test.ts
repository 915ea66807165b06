import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { openTestDb, testDrivers } from "@/db/testing";
import { storeBillingStatus } from "./billing";

describe.each(testDrivers())("billing flags on %s", (driver) => {
  let h: DbHandle;
  beforeAll(async () => {
    h = await openTestDb(driver);
  });
  afterAll(async () => {
    await h?.close();
  });

  const rows = async (sourceId: string) =>
    (await h.db.execute<{ user_id: string; billing_active: boolean; checked_at: string }>(sql`
      select user_id, billing_active, checked_at::text as checked_at from billing_status where source_id = ${sourceId} order by user_id`)).rows;

  it("keeps one row per listed user, rewrites only changed flags and drops users no longer listed", async () => {
    const src = (await h.db.execute<{ id: string }>(sql`insert into sources (name, connector) values ('Billing', 'activity-insights-slack') returning id`)).rows[0].id;
    const first = new Date("2026-01-01T00:00:00Z");
    const users = new Map(Array.from({ length: 12_000 }, (_, i) => [`U${String(i).padStart(5, "0")}`, i % 2 === 0] as const));
    await storeBillingStatus(h.db, src, users, first);
    expect(await rows(src)).toHaveLength(12_000);

    users.set("U00001", true);
    users.delete("U00002");
    await storeBillingStatus(h.db, src, users, new Date("2026-01-02T00:00:00Z"));
    const after = await rows(src);
    expect(after).toHaveLength(11_999);
    expect(after.find((r) => r.user_id === "U00002")).toBeUndefined();
    const changed = after.find((r) => r.user_id === "U00001")!;
    expect(changed.billing_active).toBe(true);
    expect(Date.parse(changed.checked_at)).toBe(Date.parse("2026-01-02T00:00:00Z"));
    const unchanged = after.find((r) => r.user_id === "U00003")!;
    expect(Date.parse(unchanged.checked_at)).toBe(Date.parse("2026-01-01T00:00:00Z"));

    // Another source's flags are untouched by this source's listing.
    const other = (await h.db.execute<{ id: string }>(sql`insert into sources (name, connector) values ('Billing 2', 'activity-insights-slack') returning id`)).rows[0].id;
    await storeBillingStatus(h.db, other, new Map([["U00001", false]]), first);
    expect(await rows(src)).toHaveLength(11_999);
  });
});
