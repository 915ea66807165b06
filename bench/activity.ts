/**
 * Activity Insights: accuracy against the simulator's ground truth (500 users, 180 days) and query/sync
 * timings at 10,000 and 50,000 identities × 365 days (PGlite, and PostgreSQL when a URL is given).
 * The data for the query timings is written synthetically (lib/activity/testing/synthetic.ts); the sync
 * timings back-fill a simulated workspace of the same size for real, then time one daily sync.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { sql } from "drizzle-orm";
import { openPglite, openPostgres, runMigrations, type DbHandle } from "../db/client";
import { getActivityOverview, getIdentityActivity, getIdentityActivitySummaries, listDormantAccounts, listIdentityActivity } from "../db/queries/activity";
import { refreshRollup } from "../lib/activity/rollup";
import { loadOverviewPage } from "../lib/insights/overview-page";
import { advance, measureAccuracy, stepAndSync } from "../lib/activity/testing/accuracy";
import { compareDormancy } from "../lib/activity/testing/dormancy-truth";
import { runSyncJob } from "../lib/activity/testing/run-sync";
import { setupActivityFixture } from "../lib/activity/testing/sim-fixture";
import { seedSyntheticActivity } from "../lib/activity/testing/synthetic";
import { SimControlClient, startSimulator, TOKENS } from "../slack-sim";
import { median, report, timeIt } from "./report";

const CLOCK = Date.UTC(2026, 0, 15, 12) / 1000;
const ms = (x: number) => `${x.toFixed(1)} ms`;
const s = (x: number) => `${(x / 1000).toFixed(1)} s`;
const goal = (x: number, limit: number) => (x < limit ? `goal <${limit < 1000 ? `${limit} ms` : `${limit / 1000} s`}: met` : `goal <${limit < 1000 ? `${limit} ms` : `${limit / 1000} s`}: MISSED`);

async function simulated(handle: DbHandle, users: number, historyDays: number) {
  const sim = await startSimulator({ seed: 7, users, historyDays, clock: CLOCK, control: true });
  const control = new SimControlClient(sim.url);
  const fx = await setupActivityFixture(handle.db, { apiUrl: sim.apiUrl, token: TOKENS.admin, users: (await control.workspace()).users });
  const sync = async () => {
    const run = await runSyncJob(handle.db, fx);
    if (run.state !== "succeeded") throw new Error(`sync ${run.state}: ${run.error}`);
    return run;
  };
  return { sim, control, fx, sync };
}

async function accuracy() {
  const rows: Array<[string, string, string?]> = [];
  {
    const handle = await openPglite(null);
    await runMigrations(handle);
    const { sim, control, fx, sync } = await simulated(handle, 500, 180);
    const backfillMs = await timeIt(sync);
    const after = await measureAccuracy(handle.db, fx, control, { windowDays: 30 });
    rows.push(["back-fill (500 users, 180 days)", s(backfillMs)], ["last active exact after back-fill", `${after.lastActiveExact} %`, "goal 100 %"]);
    const t = performance.now();
    await stepAndSync(control, 86_400, 30, sync);
    const daily = await measureAccuracy(handle.db, fx, control, { windowDays: 30 });
    rows.push(
      ["30 daily steps (clock 12:00 UTC), sync time each", ms((performance.now() - t) / 30)],
      ["days active in last 30 days within ±1", `${daily.daysWithin1} %`, `goal ≥95 % (exact ${daily.daysExact} %, errors ${JSON.stringify(daily.histogram)})`],
      ["last active exact after 30 daily steps", `${daily.lastActiveExact} %`],
    );
    const users = (await control.workspace()).users;
    for (const [label, t] of [["default thresholds", undefined], ["thresholds owner 70, admin 80, member 30, guest 60", { owner: 70, admin: 80, member: 30, guest: 60 }]] as const) {
      const d = await compareDormancy(handle.db, fx, control, users, t);
      rows.push([`dormant flags matching truth (${label})`, `${d.users - d.accountMismatches.length} of ${d.users} accounts, ${fx.identityByUser.size - d.identityMismatches.length} of ${fx.identityByUser.size} identities`, `goal: all; expected ${JSON.stringify(d.expected)}`]);
    }
    await sim.close();
    await handle.close();
  }
  {
    const handle = await openPglite(null);
    await runMigrations(handle);
    const { sim, control, fx, sync } = await simulated(handle, 500, 180);
    await sync();
    await stepAndSync(control, 3600, 72, sync);
    const hourly = await measureAccuracy(handle.db, fx, control, { windowDays: 30, observedOnly: true });
    rows.push(
      ["72 hourly steps: days active (observed days) exact", `${hourly.daysExact} %`, `goal 100 % (window ${hourly.window.from}…${hourly.window.to})`],
      ["last active exact after hourly steps", `${hourly.lastActiveExact} %`],
    );
    await sim.close();
    await handle.close();
  }
  report("activity accuracy vs simulator truth (PGlite)", rows);
}

async function queries(label: string, handle: DbHandle, n: number) {
  const now = new Date(CLOCK * 1000);
  const seedMs = await timeIt(() => seedSyntheticActivity(handle.db, { n, days: 365, now, label: `q${n}` }));
  const data = await handle.db.execute<{ source: string; days: number }>(sql`
    select s.id as source, (select count(*)::int from activity_days where source_id = s.id) as days from sources s where s.name = ${`Activity q${n}`}`);
  const sourceId = data.rows[0].source;
  const ids = (await handle.db.execute<{ id: string }>(sql`select identity_id as id from accounts a join sources s on s.id = a.source_id where s.name = ${`Slack q${n}`} and identity_id is not null`)).rows.map((r) => r.id);
  const rollupMs = await timeIt(() => refreshRollup(handle.db, sourceId, { full: true }));
  const incrMs = await timeIt(() => refreshRollup(handle.db, sourceId, { fromDay: "2026-01-14" }));
  const times = { page: [] as number[], overview: [] as number[], identity: [] as number[], list: [] as number[], listDays: [] as number[], dormant: [] as number[], columns: [] as number[] };
  for (let i = 0; i < 7; i++) {
    const id = ids[(i * 7919) % ids.length];
    times.page.push(await timeIt(() => loadOverviewPage(handle.db, now)));
    times.overview.push(await timeIt(() => getActivityOverview(handle.db, { sourceId, now })));
    times.identity.push(await timeIt(() => getIdentityActivity(handle.db, { sourceId, identityId: id, now })));
    times.list.push(await timeIt(() => listIdentityActivity(handle.db, { sourceId, now, sort: "lastActive", dir: "desc", page: 3 })));
    times.listDays.push(await timeIt(() => listIdentityActivity(handle.db, { sourceId, now, sort: "daysActive90", dir: "desc" })));
    times.dormant.push(await timeIt(() => listDormantAccounts(handle.db, { sourceId, now, limit: 50 })));
    times.columns.push(await timeIt(() => getIdentityActivitySummaries(handle.db, { sourceId, now, identityIds: ids.slice(i * 50, i * 50 + 50) })));
  }
  report(`activity queries ${label} (${n.toLocaleString("en-US")} identities × 365 days, ${data.rows[0].days.toLocaleString("en-US")} activity days)`, [
    ["write synthetic history", s(seedMs)],
    ["organisation series: full recompute (back-fill, re-correlation)", s(rollupMs)],
    ["organisation series: refresh after a daily sync", ms(incrMs)],
    ["Overview page: every query it runs, median of 7", ms(median(times.page)), goal(median(times.page), 500)],
    ["  of which counts + series", ms(median(times.overview))],
    ["identity Activity tab, median of 7", ms(median(times.identity)), goal(median(times.identity), 150)],
    ["Identities list sorted by last active (page 3)", ms(median(times.list))],
    ["Identities list sorted by days active (90 d)", ms(median(times.listDays))],
    ["dormant accounts list (first 50)", ms(median(times.dormant))],
    ["activity columns for a page of 50 identities", ms(median(times.columns))],
  ]);
}

async function syncTimes(label: string, handle: DbHandle, n: number) {
  const { sim, control, fx, sync } = await simulated(handle, n, 365);
  const backfill = await timeIt(async () => {
    const run = await sync();
    report(`activity sync ${label} (${n.toLocaleString("en-US")} simulated users × 365 days)`, [
      ["back-fill: entries, pages", `${run.counts.entriesRead}`, `${run.counts.pages} pages (Slack's window is 100 pages; \`before\` pages past it)`],
    ]);
  });
  // Give the workspace a dense recent history, as a year of daily syncs would have, so the
  // refresh after the daily sync scans realistic volumes.
  await handle.db.execute(sql`
    insert into activity_days (source_id, user_id, day, accesses, clients)
    select ${fx.activitySourceId}, a.native_id, d::date, 1, '["desktop"]'::jsonb
    from accounts a, generate_series(date '2025-12-01', date '2026-01-14', interval '1 day') d
    where a.source_id = ${fx.slackSourceId} and not a.is_bot and random() < 0.6
    on conflict do nothing`);
  await handle.db.execute(sql`analyze activity_days`);
  await refreshRollup(handle.db, fx.activitySourceId, { full: true });
  await advance(control, 86_400);
  let counts: Record<string, number> = {};
  const dailyMs = await timeIt(async () => void (counts = (await sync()).counts));
  // The simulator answers in this process, so the time inside Slack calls is shown apart from ours.
  const phases = Object.entries(counts).filter(([k]) => k.startsWith("ms:") && k !== "ms:slack").map(([k, v]) => `${k.slice(3)} ${s(v)}`).join(", ");
  report(`activity sync ${label} (continued)`, [
    ["back-fill, total", s(backfill)],
    ["incremental daily sync", s(dailyMs), `${goal(dailyMs, 10_000)}; ${counts.pages} pages, ${counts.changedEntries} changed, ${counts.newEntries} new entries`],
    ["  of which waiting for the (in-process) simulator", s(counts["ms:slack"] ?? 0), `phases: ${phases}`],
  ]);
  await sim.close();
}

export interface ActivityBenchParts {
  accuracy: boolean;
  queries: boolean;
  sync: boolean;
}

async function onDriver(label: string, open: () => Promise<DbHandle>, sizes: number[], parts: ActivityBenchParts) {
  for (const n of sizes) {
    const handle = await open();
    if (parts.queries) await queries(label, handle, n);
    if (parts.sync) await syncTimes(label, handle, n);
    await handle.close();
  }
}

export async function benchActivity(opts: { postgresUrl?: string; sizes?: number[]; parts?: ActivityBenchParts } = {}) {
  const parts = opts.parts ?? { accuracy: true, queries: true, sync: true };
  if (parts.accuracy) await accuracy();
  if (!parts.queries && !parts.sync) return;
  const sizes = opts.sizes ?? [10_000, 50_000];
  await onDriver("embedded PGlite", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ai-bench-activity-"));
    const h = await openPglite(dir);
    await runMigrations(h);
    return { ...h, close: async () => { await h.close(); fs.rmSync(dir, { recursive: true, force: true }); } };
  }, sizes, parts);
  if (opts.postgresUrl) {
    const url = opts.postgresUrl;
    await onDriver("PostgreSQL", async () => {
      const h = await openPostgres(url);
      await h.sql.exec("drop schema if exists public cascade; create schema public; drop schema if exists drizzle cascade;");
      await runMigrations(h);
      return h;
    }, sizes, parts);
  }
}
