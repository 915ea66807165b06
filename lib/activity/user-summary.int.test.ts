import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migrationsFolder, runMigrations, type Db, type DbHandle } from "@/db/client";
import { openTestDb, testDrivers } from "@/db/testing";
import type { SimControlClient } from "@/slack-sim";
import { windowOf } from "./metrics";
import { listIdentityActivity } from "./identity-list-queries";
import { stepAndSync } from "./testing/accuracy";
import { runSyncJob } from "./testing/run-sync";
import type { ActivityFixture } from "./testing/sim-fixture";
import { openSimWorkspace, type SimWorkspace } from "./testing/sim-workspace";
import { rebuildUserSummary } from "./user-summary";

const CLOCK = Date.UTC(2026, 0, 15, 12) / 1000;

type SummaryRow = { user_id: string; last_active: string | number | null; days_from: string | null; days: string };
async function summary(db: Db, sourceId: string): Promise<SummaryRow[]> {
  const r = await db.execute<SummaryRow>(sql`
    select user_id, last_active, days_from::text as days_from, days::text as days from activity_user_summary where source_id = ${sourceId} order by user_id`);
  return r.rows.map((x) => ({ ...x, last_active: x.last_active === null ? null : Number(x.last_active) }));
}

/** Days active in the window per identity, counted straight from activity_days. */
async function directDays(db: Db, fx: ActivityFixture, from: string, to: string): Promise<Map<string, number>> {
  const r = await db.execute<{ identity_id: string; n: number }>(sql`
    select a.identity_id, count(distinct d.day)::int as n from activity_days d join accounts a on a.native_id = d.user_id and a.source_id = ${fx.slackSourceId}
    where d.source_id = ${fx.activitySourceId} and a.identity_id is not null and d.day between ${from}::date and ${to}::date group by a.identity_id`);
  return new Map(r.rows.map((x) => [x.identity_id, Number(x.n)]));
}

describe.each(testDrivers())("activity user summary on %s", (driver) => {
  let ws: SimWorkspace | undefined;
  let h: DbHandle;
  let control: SimControlClient;
  let fx: ActivityFixture;

  beforeAll(async () => {
    ws = await openSimWorkspace(driver, { seed: 11, users: 300, historyDays: 120, clock: CLOCK });
    ({ h, control, fx } = ws);
    // Small pages: the back-fill arrives newest first over many pages, so bitmaps grow at both ends.
    expect((await runSyncJob(h.db, fx, { pageSize: 100 })).state).toBe("succeeded");
    await stepAndSync(control, 86_400, 4, () => runSyncJob(h.db, fx));
    await stepAndSync(control, 3 * 3600, 5, () => runSyncJob(h.db, fx));
  });
  afterAll(async () => {
    await ws?.close();
  });

  it("what the syncs kept equals a summary rebuilt from the stored entries and days", async () => {
    const kept = await summary(h.db, fx.activitySourceId);
    expect(kept.length).toBeGreaterThan(200);
    expect(kept.filter((r) => r.days.includes("0")).length).toBeGreaterThan(100);
    await rebuildUserSummary(h.db, fx.activitySourceId);
    expect(await summary(h.db, fx.activitySourceId)).toEqual(kept);
  });

  it("days active (90) in the Identities list equal a count of activity_days, for every identity", async () => {
    const now = new Date((await control.clock()).now * 1000);
    const w = windowOf(now, 90);
    const expected = await directDays(h.db, fx, w.from, w.to);
    const list = await listIdentityActivity(h.db, { sourceId: fx.activitySourceId, now, sort: "daysActive90", dir: "desc", pageSize: 500 });
    expect(list.total).toBe(fx.identityByUser.size);
    const wrong = list.rows.filter((r) => r.daysActive90 !== (expected.get(r.identityId) ?? 0)).map((r) => `${r.email}: ${r.daysActive90} vs ${expected.get(r.identityId)}`);
    expect(wrong).toEqual([]);
    // Before the back-fill only roll-up ends are known, so counts are modest; four daily syncs add days.
    expect(list.rows[0].daysActive90).toBeGreaterThan(5);
    // Descending by days, as the sort asked.
    expect(list.rows.map((r) => r.daysActive90)).toEqual([...list.rows.map((r) => r.daysActive90)].sort((a, b) => b - a));
  });

  it("an identity with two accounts counts a day on both once", async () => {
    const now = new Date((await control.clock()).now * 1000);
    const w = windowOf(now, 90);
    const [first, second] = [...fx.identityByUser.entries()].slice(0, 2);
    // Move the second user's account onto the first user's identity.
    await h.db.execute(sql`update accounts set identity_id = ${first[1]} where source_id = ${fx.slackSourceId} and native_id = ${second[0]}`);
    try {
      const expected = (await directDays(h.db, fx, w.from, w.to)).get(first[1]) ?? 0;
      const list = await listIdentityActivity(h.db, { sourceId: fx.activitySourceId, now, q: "", sort: "daysActive90", dir: "desc", pageSize: 500 });
      expect(list.rows.find((r) => r.identityId === first[1])?.daysActive90).toBe(expected);
    } finally {
      await h.db.execute(sql`update accounts set identity_id = ${second[1]} where source_id = ${fx.slackSourceId} and native_id = ${second[0]}`);
    }
  });
});

describe.each(testDrivers())("migration 0003 on %s", (driver) => {
  it("summarises activity stored before the summary table existed", async () => {
    // A database at migration 0002 with activity in it, then upgraded.
    const older = fs.mkdtempSync(path.join(os.tmpdir(), "ai-migrations-"));
    fs.cpSync(migrationsFolder, older, { recursive: true });
    const journalPath = path.join(older, "meta", "_journal.json");
    const journal = JSON.parse(fs.readFileSync(journalPath, "utf8")) as { entries: Array<{ tag: string }> };
    journal.entries = journal.entries.filter((e) => e.tag < "0003");
    fs.writeFileSync(journalPath, JSON.stringify(journal));
    const h = await openTestDb(driver, { migrationsFolder: older });
    try {
      const src = (await h.db.execute<{ id: string }>(sql`insert into sources (name, connector) values ('AI', 'activity-insights-slack') returning id`)).rows[0].id;
      await h.db.execute(sql`
        insert into access_log_entries (source_id, user_id, ip, user_agent, date_first, date_last, count)
        values (${src}, 'U1', '10.0.0.1', 'a', 1767225600, 1767400000, 3), (${src}, 'U1', '10.0.0.2', 'b', 1767225600, 1767500000, 2),
               (${src}, 'U2', '10.0.0.3', 'a', 1767225600, 1767225700, 1)`);
      await h.db.execute(sql`
        insert into activity_days (source_id, user_id, day) values (${src}, 'U1', '2026-01-01'), (${src}, 'U1', '2026-01-02'), (${src}, 'U1', '2026-01-05'),
          (${src}, 'U2', '2026-01-01')`);
      await runMigrations(h);
      expect(await summary(h.db, src)).toEqual([
        { user_id: "U1", last_active: 1767500000, days_from: "2026-01-01", days: "11001" },
        { user_id: "U2", last_active: 1767225700, days_from: "2026-01-01", days: "1" },
      ]);
      const keys = await h.db.execute<{ n: number }>(sql`select count(*)::int as n from access_log_entries`);
      expect(Number(keys.rows[0].n)).toBe(3);
    } finally {
      await h.close();
      fs.rmSync(older, { recursive: true, force: true });
    }
  });
});
