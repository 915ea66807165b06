import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { openTestDb, testDrivers } from "@/db/testing";
import type { DbHandle } from "@/db/client";
import { createFirstAdmin } from "@/db/queries/operators";
import { auditEvents, operators } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record";
import { authenticate } from "./authenticate";
import { LOCKOUT_WINDOW_MS } from "./lockout";
import { hashPassword } from "./password";

describe.each(testDrivers())("authentication on %s", (driver) => {
  let h: DbHandle;
  beforeAll(async () => {
    h = await openTestDb(driver);
  });
  afterAll(async () => {
    await h.close();
  });

  it("creates the first admin once, even when two setups race", async () => {
    const hash = await hashPassword("first-admin-password");
    const results = await Promise.all([
      createFirstAdmin(h.db, { email: "a@corp.test", name: "A", passwordHash: hash }),
      createFirstAdmin(h.db, { email: "b@corp.test", name: "B", passwordHash: hash }),
    ]);
    expect(results.filter(Boolean)).toHaveLength(1);
    expect(await createFirstAdmin(h.db, { email: "c@corp.test", name: "C", passwordHash: hash })).toBeNull();
  });

  it("locks an email after 5 failures in 15 minutes, then lifts the lock when the window passes", async () => {
    const [admin] = await h.db.select().from(operators);
    const t0 = new Date("2026-11-28T10:00:00Z");
    for (let i = 0; i < 5; i++) {
      const r = await authenticate(h.db, admin.email, "wrong", "10.0.0.1", new Date(t0.getTime() + i * 1000));
      expect(r).toMatchObject({ ok: false, reason: "invalid" });
    }
    const locked = await authenticate(h.db, admin.email.toUpperCase(), "first-admin-password", "10.0.0.1", new Date(t0.getTime() + 10_000));
    expect(locked).toMatchObject({ ok: false, reason: "locked" });
    const later = new Date(t0.getTime() + LOCKOUT_WINDOW_MS + 5_000);
    expect(await authenticate(h.db, admin.email, "first-admin-password", "10.0.0.1", later)).toMatchObject({ ok: true });
  });

  it("refuses a disabled operator", async () => {
    const [admin] = await h.db.select().from(operators);
    await h.db.update(operators).set({ disabled: true }).where(eq(operators.id, admin.id));
    expect(await authenticate(h.db, admin.email, "first-admin-password", null, new Date("2026-11-29T00:00:00Z"))).toMatchObject({ ok: false, reason: "disabled" });
  });

  it("never stores secrets in audit details", async () => {
    await recordAudit(h.db, { actor: { id: null, email: "x@corp.test" }, action: "test.secret", details: { password: "hunter2", note: "token xoxp-1-2-3 pasted" } });
    const [row] = await h.db.select().from(auditEvents).where(eq(auditEvents.action, "test.secret"));
    expect(JSON.stringify(row.details)).not.toMatch(/hunter2|xoxp-1-2-3/);
  });
});
