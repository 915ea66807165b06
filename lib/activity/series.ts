import type { Db } from "@/db/client";
import type { ActivityContext } from "./context";
import { addDays, lastMonths } from "./days";
import { today } from "./metrics";
import { isRollupStale, refreshRollup } from "./rollup";

export interface ActivitySeries {
  /** When the series were computed; stale = accounts were re-correlated since (the next sync or correlation run refreshes). */
  seriesComputedAt: string | null;
  seriesStale: boolean;
  /** Last 90 days, oldest first. */
  dailyActive: Array<{ day: string; identities: number; accounts: number }>;
  /** Last 12 months, oldest first; averages are days active per identity (all with Slack / active that month). */
  monthlyActive: Array<{ month: string; identities: number; accounts: number; avgDaysActive: number | null; avgDaysActiveWhenActive: number | null; complete: boolean }>;
  /** Mean of avgDaysActive over the complete months (the organisation line on an identity's chart). */
  averageDaysActivePerMonth: number | null;
}

/** The organisation's daily and monthly series from the stored roll-up (rollup.ts), as of `now`. */
export async function getActivitySeries(db: Db, ctx: ActivityContext, now: Date): Promise<ActivitySeries> {
  let rollup = ctx.rollup;
  let stale = rollup ? await isRollupStale(db, rollup, ctx.linkedSourceId) : true;
  // First view before any sync has stored the series (e.g. data imported by other means): compute once.
  if (!rollup || rollup.version !== 1) {
    rollup = await refreshRollup(db, ctx.sourceId, { full: true });
    stale = false;
  }
  const r = rollup;
  const to = today(now);
  const dailyActive = Array.from({ length: 90 }, (_, i) => {
    const day = addDays(to, i - 89);
    const v = r.daily[day];
    return { day, identities: v?.[0] ?? 0, accounts: v?.[1] ?? 0 };
  });
  const monthlyActive = lastMonths(to, 12).map((month) => {
    const v = r.monthly[month];
    return {
      month, identities: v?.[0] ?? 0, accounts: v?.[1] ?? 0,
      avgDaysActive: v && r.population ? v[2] / r.population : null,
      avgDaysActiveWhenActive: v && v[0] ? v[2] / v[0] : null,
      complete: ctx.completeFrom !== null && month >= ctx.completeFrom,
    };
  });
  const complete = monthlyActive.filter((m) => m.complete && m.avgDaysActive !== null);
  return {
    seriesComputedAt: r.computedAt, seriesStale: stale, dailyActive, monthlyActive,
    averageDaysActivePerMonth: complete.length ? complete.reduce((s, m) => s + m.avgDaysActive!, 0) / complete.length : null,
  };
}
