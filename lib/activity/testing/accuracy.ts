import { sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import type { SimControlClient } from "@/slack-sim/control-client";
import { addDays, utcDay } from "../days";
import type { ActivityFixture } from "./sim-fixture";

export interface AccuracyReport {
  identities: number;
  /** Share (%) of identities whose last active (max date_last) equals the simulator's truth. */
  lastActiveExact: number;
  /** Share (%) whose days active in the window are within ±1 of the truth / exactly right. */
  daysWithin1: number;
  daysExact: number;
  window: { from: string; to: string };
  /** error (ours − truth) → identities */
  histogram: Record<string, number>;
}

/**
 * Compares our figures with the simulator's ground truth for every identity of the fixture: last active,
 * and days active in the last `windowDays` UTC days (optionally clipped to the days syncs observed).
 */
export async function measureAccuracy(db: Db, fx: ActivityFixture, control: SimControlClient, opts: { windowDays: number; observedOnly?: boolean }): Promise<AccuracyReport> {
  // A GET: safe to repeat if the first attempt met a stale keep-alive socket (see advance()).
  const users = [...fx.identityByUser.keys()];
  const truth = await control.truth(users).catch(() => control.truth(users));
  const to = utcDay(truth.clock);
  let from = addDays(to, -(opts.windowDays - 1));
  if (opts.observedOnly) {
    const st = await db.execute<{ complete_from: string | null }>(sql`select details->>'completeFrom' as complete_from from activity_sync_state where source_id = ${fx.activitySourceId}`);
    const completeFrom = st.rows[0]?.complete_from;
    if (completeFrom && completeFrom > from) from = completeFrom;
  }
  const ours = await db.execute<{ identity_id: string; last: string | number | null; days: number }>(sql`
    select a.identity_id,
      (select max(e.date_last) from access_log_entries e where e.source_id = ${fx.activitySourceId} and e.user_id = a.native_id) as last,
      (select count(*)::int from activity_days d where d.source_id = ${fx.activitySourceId} and d.user_id = a.native_id and d.day between ${from}::date and ${to}::date) as days
    from accounts a where a.source_id = ${fx.slackSourceId} and a.identity_id is not null`);
  const byIdentity = new Map(ours.rows.map((r) => [r.identity_id, r]));
  let lastOk = 0;
  let within1 = 0;
  let exact = 0;
  const histogram: Record<string, number> = {};
  for (const u of truth.users) {
    const mine = byIdentity.get(fx.identityByUser.get(u.userId)!);
    const myLast = mine?.last === null || mine?.last === undefined ? null : Number(mine.last);
    if (myLast === u.lastActive) lastOk++;
    const trueDays = u.activeDays.filter((d) => d >= from && d <= to).length;
    const err = (mine?.days ?? 0) - trueDays;
    histogram[err] = (histogram[err] ?? 0) + 1;
    if (Math.abs(err) <= 1) within1++;
    if (err === 0) exact++;
  }
  const n = truth.users.length;
  const pct = (x: number) => Math.round((1000 * x) / Math.max(1, n)) / 10;
  return { identities: n, lastActiveExact: pct(lastOk), daysWithin1: pct(within1), daysExact: pct(exact), window: { from, to }, histogram };
}

/**
 * Advances the simulator's clock. PGlite runs queries on the event loop, so after a long database step
 * the simulator (same process) may have closed the keep-alive socket fetch wants to reuse: a cheap GET
 * first absorbs that ECONNRESET, so the POST that moves the clock is sent exactly once.
 */
export async function advance(control: SimControlClient, seconds: number): Promise<void> {
  await control.clock().catch(() => undefined);
  await control.advanceClock(seconds);
}

/** Advances the simulator `steps` times by `seconds`, syncing after each step. */
export async function stepAndSync(control: SimControlClient, seconds: number, steps: number, sync: () => Promise<{ state: string; error: string | null }>): Promise<void> {
  for (let i = 0; i < steps; i++) {
    await advance(control, seconds);
    const run = await sync();
    if (run.state !== "succeeded") throw new Error(`sync after step ${i + 1} ended ${run.state}: ${run.error}`);
  }
}
