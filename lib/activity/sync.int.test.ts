import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { testDrivers } from "@/db/testing";
import type { SimControlClient } from "@/slack-sim";
import type { ActivityFixture } from "./testing/sim-fixture";
import { openSimWorkspace, type SimWorkspace } from "./testing/sim-workspace";
import { runSyncJob } from "./testing/run-sync";

const CLOCK = Date.UTC(2026, 0, 15, 12) / 1000;

async function totals(h: DbHandle, sourceId: string) {
  const r = await h.sql.query<{ entries: number; count: number; accesses: number; days: number }>(
    `select (select count(*)::int from access_log_entries where source_id = $1) as entries,
            (select coalesce(sum(count), 0)::int from access_log_entries where source_id = $1) as count,
            (select coalesce(sum(accesses), 0)::int from activity_days where source_id = $1) as accesses,
            (select count(*)::int from activity_days where source_id = $1) as days`,
    [sourceId],
  );
  return r.rows[0];
}

describe.each(testDrivers())("activity sync on %s (500 users, 180 days)", (driver) => {
  let ws: SimWorkspace | undefined;
  let h: DbHandle;
  let control: SimControlClient;
  let fx: ActivityFixture;

  beforeAll(async () => {
    ws = await openSimWorkspace(driver, { seed: 7, users: 500, historyDays: 180, clock: CLOCK });
    ({ h, control, fx } = ws);
  });
  afterAll(async () => {
    await ws?.close();
  });

  it("back-fills the whole log: last active equals the truth for every user", async () => {
    const run = await runSyncJob(h.db, fx);
    expect(run.state, run.error ?? "").toBe("succeeded");
    const truth = await control.truth();
    const mine = await h.sql.query<{ user_id: string; last: string | number }>(
      `select user_id, max(date_last) as last from access_log_entries where source_id = $1 group by user_id`,
      [fx.activitySourceId],
    );
    const last = new Map(mine.rows.map((r) => [r.user_id, Number(r.last)]));
    const signedIn = truth.users.filter((u) => u.lastActive !== null);
    expect(signedIn.length).toBeGreaterThan(400);
    for (const u of truth.users) expect(last.get(u.userId) ?? null).toBe(u.lastActive);
    const t = await totals(h, fx.activitySourceId);
    expect(run.counts).toMatchObject({ entriesRead: t.entries, newEntries: t.entries, changedEntries: 0 });
    expect(run.counts.pages).toBe(Math.ceil(t.entries / 1000));
    // Accesses are conserved: every access counted once, on some day.
    expect(t.accesses).toBe(t.count);
    const state = await h.sql.query<{ watermark: string | number; first: Date | null; details: { completeFrom?: string } }>(
      `select watermark, first_sync_completed_at as first, details from activity_sync_state where source_id = $1`,
      [fx.activitySourceId],
    );
    expect(Number(state.rows[0].watermark)).toBe(Math.max(...signedIn.map((u) => u.lastActive!)));
    expect(state.rows[0].first).not.toBeNull();
    expect(state.rows[0].details.completeFrom).toBe("2026-01-15");
  });

  it("records billing_active per user from team.billableInfo", async () => {
    const r = await h.sql.query<{ n: number; active: number }>(
      `select count(*)::int as n, count(*) filter (where billing_active)::int as active from billing_status where source_id = $1`,
      [fx.activitySourceId],
    );
    expect(r.rows[0].n).toBeGreaterThan(400);
    expect(r.rows[0].active).toBeGreaterThan(200);
    expect(r.rows[0].active).toBeLessThan(r.rows[0].n);
  });

  it("re-running a sync without new activity changes nothing", async () => {
    const before = await totals(h, fx.activitySourceId);
    const run = await runSyncJob(h.db, fx);
    expect(run.state).toBe("succeeded");
    expect(run.counts).toMatchObject({ newEntries: 0, changedEntries: 0, activityDaysWritten: 0 });
    expect(await totals(h, fx.activitySourceId)).toEqual(before);
  });

  it("an incremental sync reads only the new part and adds each access once", async () => {
    await control.advanceClock(6 * 3600);
    const run = await runSyncJob(h.db, fx);
    expect(run.state).toBe("succeeded");
    expect(run.counts.changedEntries + run.counts.newEntries).toBeGreaterThan(0);
    expect(run.counts.pages).toBe(1);
    const after = await totals(h, fx.activitySourceId);
    expect(after.accesses).toBe(after.count);
    const again = await runSyncJob(h.db, fx);
    expect(again.counts).toMatchObject({ newEntries: 0, changedEntries: 0, activityDaysWritten: 0 });
    expect(await totals(h, fx.activitySourceId)).toEqual(after);
    const src = await h.sql.query<{ last: Date | null }>(`select last_data_run_at as last from sources where id = $1`, [fx.activitySourceId]);
    expect(src.rows[0].last).not.toBeNull();
  });
});
