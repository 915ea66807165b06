import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { testDrivers } from "@/db/testing";
import { addDays } from "@/lib/activity/days";
import { stepAndSync } from "@/lib/activity/testing/accuracy";
import { runSyncJob } from "@/lib/activity/testing/run-sync";
import type { ActivityFixture } from "@/lib/activity/testing/sim-fixture";
import { openSimWorkspace, type SimWorkspace } from "@/lib/activity/testing/sim-workspace";
import type { SimControlClient } from "@/slack-sim";
import {
  getAccountActivity, getActivityContext, getActivityOverview, getIdentityActivity, getIdentityActivitySummaries, listActivitySources, listDormantAccounts,
  listIdentityActivity,
} from "./activity";

const CLOCK = Date.UTC(2026, 0, 15, 12) / 1000;

describe.each(testDrivers())("activity queries on %s", (driver) => {
  let ws: SimWorkspace | undefined;
  let h: DbHandle;
  let control: SimControlClient;
  let fx: ActivityFixture;
  let now: Date;
  let users: Awaited<ReturnType<SimControlClient["workspace"]>>["users"];

  beforeAll(async () => {
    ws = await openSimWorkspace(driver, { seed: 3, users: 200, historyDays: 180, clock: CLOCK });
    ({ h, control, fx, users } = ws);
    expect((await runSyncJob(h.db, fx)).state).toBe("succeeded");
    await stepAndSync(control, 86_400, 3, () => runSyncJob(h.db, fx));
    now = new Date((await control.clock()).now * 1000);
  });
  afterAll(async () => {
    await ws?.close();
  });

  it("describes the source and what the syncs established", async () => {
    const [ctx] = await listActivitySources(h.db);
    expect(ctx).toMatchObject({ sourceId: fx.activitySourceId, linkedSourceId: fx.slackSourceId, completeFrom: "2026-01-15" });
    expect((await getActivityContext(h.db, fx.activitySourceId))?.rollup?.population).toBeGreaterThan(100);
  });

  it("an identity's activity tab matches the simulator", async () => {
    const truth = await control.truth();
    const active = truth.users.find((u) => u.lastActive !== null && fx.identityByUser.has(u.userId) && u.activeDays.length > 60)!;
    const a = (await getIdentityActivity(h.db, { sourceId: fx.activitySourceId, identityId: fx.identityByUser.get(active.userId)!, now }))!;
    expect(a.lastActive).toBe(active.lastActive);
    expect(a.accounts.map((x) => x.userId)).toEqual([active.userId]);
    expect(a.daily).toHaveLength(90);
    expect(a.monthly).toHaveLength(12);
    expect(a.daysActive90State).toBe("UNKNOWN");
    // Observed days (after the back-fill) are exact or inferred; before it, at least the known ones.
    const observed = active.activeDays.filter((d) => d >= "2026-01-15");
    expect(Math.abs(a.daily.filter((d) => d.observed && d.active).length - observed.length)).toBeLessThanOrEqual(1);
    expect(a.signIns.length).toBeGreaterThan(0);
    expect(a.clients.reduce((s, c) => s + c.accesses, 0)).toBe(active.totalEvents);
    expect(a.countries.length).toBeGreaterThan(0);
    expect(a.monthly.at(-1)?.orgAverage).toBeGreaterThan(0);
    expect(typeof a.billingActive).toBe("boolean");
    // The usage state becomes COMPLETE once the 90-day window lies after the back-fill.
    const later = new Date(Date.parse("2026-01-15T00:00:00Z") + 89 * 86_400_000);
    expect((await getIdentityActivity(h.db, { sourceId: fx.activitySourceId, identityId: fx.identityByUser.get(active.userId)!, now: later }))?.daysActive90State).toBe("COMPLETE");
  });

  it("keeps activity of accounts without an identity queryable by Slack user id", async () => {
    const orphan = users.find((u) => !fx.identityByUser.has(u.id) && u.role !== "bot" && u.role !== "slackbot" && !u.invited && !u.deleted);
    const truth = await control.truth(orphan ? [orphan.id] : []);
    if (!orphan || truth.users[0].lastActive === null) return;
    const a = (await getAccountActivity(h.db, { sourceId: fx.activitySourceId, userId: orphan.id, now }))!;
    expect(a.lastActive).toBe(truth.users[0].lastActive);
    expect(a.accounts[0].identityId).toBeNull();
  });

  it("the overview adds up", async () => {
    const o = (await getActivityOverview(h.db, { sourceId: fx.activitySourceId, now }))!;
    const c = o.counts;
    expect(c.identities).toBe(fx.identityByUser.size);
    expect(c.slackAccounts).toBe(users.length);
    expect(c.correlated).toBe(fx.identityByUser.size);
    expect(c.active7).toBeLessThanOrEqual(c.active30);
    expect(c.dormant + c.neverSignedIn).toBeLessThanOrEqual(c.identitiesWithSlack);
    expect(c.active30 + c.dormant).toBeLessThanOrEqual(c.identitiesWithSlack);
    expect(c.privilegedDormant).toBeLessThanOrEqual(c.dormantAccounts);
    expect(c.billableDormant).toBeLessThanOrEqual(c.dormantAccounts);
    expect(o.dailyActive).toHaveLength(90);
    expect(o.dailyActive.at(-1)!.identities).toBeGreaterThan(0);
    expect(o.monthlyActive).toHaveLength(12);
    expect(o.seriesStale).toBe(false);
    // Daily active identities for an observed day equal the truth (every identity is one account here).
    const truth = await control.truth([...fx.identityByUser.keys()]);
    const day = addDays(o.dailyActive.at(-1)!.day, -1);
    const trueCount = truth.users.filter((u) => u.activeDays.includes(day)).length;
    expect(Math.abs(o.dailyActive.find((d) => d.day === day)!.identities - trueCount)).toBeLessThanOrEqual(Math.ceil(trueCount * 0.05));
  });

  it("lists dormant accounts with the reason, privileged and billable first", async () => {
    const { rows, total } = await listDormantAccounts(h.db, { sourceId: fx.activitySourceId, now, limit: 500 });
    expect(total).toBe(rows.length);
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) {
      expect(r.reason).not.toBe("");
      if (r.status === "dormant") expect(r.daysSinceActive!).toBeGreaterThan(r.thresholdDays - 1);
    }
    const firstPlain = rows.findIndex((r) => !r.privileged);
    expect(rows.slice(firstPlain).every((r) => !r.privileged)).toBe(true);
    const privileged = await listDormantAccounts(h.db, { sourceId: fx.activitySourceId, now, privilegedOnly: true });
    expect(privileged.rows.every((r) => r.kind === "admin" || r.kind === "owner")).toBe(true);
  });

  it("sorts and filters identities by activity in SQL, consistent with the per-page summaries", async () => {
    const byLast = await listIdentityActivity(h.db, { sourceId: fx.activitySourceId, now, sort: "lastActive", dir: "desc", pageSize: 50 });
    expect(byLast.total).toBe(fx.identityByUser.size);
    const lasts = byLast.rows.map((r) => r.lastActive ?? -1);
    expect(lasts).toEqual([...lasts].sort((a, b) => b - a));
    const byDays = await listIdentityActivity(h.db, { sourceId: fx.activitySourceId, now, sort: "daysActive90", dir: "desc", pageSize: 50, page: 2 });
    const days = byDays.rows.map((r) => r.daysActive90);
    expect(days).toEqual([...days].sort((a, b) => b - a));
    const summaries = await getIdentityActivitySummaries(h.db, { sourceId: fx.activitySourceId, now, identityIds: byDays.rows.map((r) => r.identityId) });
    const byId = new Map(summaries.map((s) => [s.identityId, s]));
    for (const r of [...byDays.rows, ...byLast.rows.slice(0, 10)]) {
      const s = byId.get(r.identityId) ?? (await getIdentityActivitySummaries(h.db, { sourceId: fx.activitySourceId, now, identityIds: [r.identityId] }))[0];
      expect(s).toMatchObject({ lastActive: r.lastActive, daysActive90: r.daysActive90, status: r.status });
    }
    const dormant = await listIdentityActivity(h.db, { sourceId: fx.activitySourceId, now, status: "dormant", pageSize: 500 });
    expect(dormant.rows.length).toBeGreaterThan(0);
    const nowS = now.getTime() / 1000;
    for (const r of dormant.rows) expect(nowS - r.lastActive!).toBeGreaterThan(r.thresholdDays! * 86_400);
    const recent = await listIdentityActivity(h.db, { sourceId: fx.activitySourceId, now, activeWithinDays: 7, pageSize: 500 });
    const overview = (await getActivityOverview(h.db, { sourceId: fx.activitySourceId, now }))!;
    expect(recent.total).toBe(overview.counts.active7);
    expect(dormant.total).toBe(overview.counts.dormant);
  });
});
