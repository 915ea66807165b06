import { eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { activitySyncState, sources } from "@/db/schema";
import { utcDay } from "./days";
import { TimeProfileBuilder, profileGroup, type TimeProfiles } from "./time-profile";

/** What activity_sync_state.details holds for an Activity Insights source. */
export interface ActivitySyncDetails {
  /** First UTC day whose activity is fully observed: the day of the back-fill's latest access. */
  completeFrom?: string;
  /** Greatest date_last seen by the back-fill (unix seconds). */
  backfillWatermark?: number;
  /** Counts of the last successful sync. */
  lastRun?: Record<string, number>;
  /** Whether team.billableInfo answered on the last sync (and why not). */
  billing?: { available: boolean; message?: string };
  /** Organisation-wide series, see lib/activity/rollup.ts. */
  rollup?: unknown;
  /** Earliest day whose activity changed since the series were last refreshed (null: up to date). */
  rollupDirtyFrom?: string | null;
  /** When a sync last refreshed the planner statistics (see analyzeActivityTables). */
  analyzedAt?: string;
  [key: string]: unknown;
}

export interface SyncState {
  watermark: number | null;
  firstSyncCompletedAt: Date | null;
  lastSyncAt: Date | null;
  details: ActivitySyncDetails;
}

export async function readSyncState(db: Db, sourceId: string): Promise<SyncState> {
  const [row] = await db.select().from(activitySyncState).where(eq(activitySyncState.sourceId, sourceId));
  return {
    watermark: row?.watermark ?? null,
    firstSyncCompletedAt: row?.firstSyncCompletedAt ?? null,
    lastSyncAt: row?.lastSyncAt ?? null,
    details: (row?.details ?? {}) as ActivitySyncDetails,
  };
}

/**
 * Records a completed sync. The first one (the back-fill) also fixes `completeFrom`: every access after
 * its watermark is seen by a later sync, and for that watermark's own UTC day the back-fill already knew
 * who was active (anyone active that day has an entry whose date_last falls on it).
 */
export async function recordSyncCompleted(
  db: Db,
  sourceId: string,
  opts: { watermark: number | null; previous: SyncState; finishedAt: Date; details: ActivitySyncDetails },
): Promise<void> {
  const firstSync = !opts.previous.firstSyncCompletedAt;
  const details: ActivitySyncDetails = { ...opts.previous.details, ...opts.details };
  if (firstSync && opts.watermark !== null) {
    details.completeFrom = utcDay(opts.watermark);
    details.backfillWatermark = opts.watermark;
  } else if (firstSync) {
    // Nothing in the log yet: everything from now on is observed.
    details.completeFrom = utcDay(Math.floor(opts.finishedAt.getTime() / 1000));
  }
  const values = {
    sourceId,
    watermark: opts.watermark,
    firstSyncCompletedAt: opts.previous.firstSyncCompletedAt ?? opts.finishedAt,
    lastSyncAt: opts.finishedAt,
    details,
  };
  await db.transaction(async (tx) => {
    await tx.insert(activitySyncState).values(values).onConflictDoUpdate({ target: activitySyncState.sourceId, set: values });
    await tx.update(sources).set({ lastDataRunAt: opts.finishedAt }).where(eq(sources.id, sourceId));
  });
}

/** Stores a part of details (e.g. the org rollup) without touching the rest. */
export async function mergeSyncDetails(db: Db, sourceId: string, patch: ActivitySyncDetails): Promise<void> {
  await db
    .insert(activitySyncState)
    .values({ sourceId, details: patch })
    .onConflictDoUpdate({ target: activitySyncState.sourceId, set: { details: sql`${activitySyncState.details} || ${JSON.stringify(patch)}::jsonb` } });
}

/**
 * Time-of-day profiles per IP region, from every stored roll-up's first and latest access (see
 * time-profile.ts). One grouped scan; the histogram is small whatever the workspace size.
 */
export async function loadTimeProfiles(db: Db, sourceId: string): Promise<TimeProfiles> {
  const result = await db.execute<{ country: string | null; region: string | null; bin: number; n: number }>(sql`
    select country, region, bin, count(*)::int as n from (
      select country, region, ((date_first % 86400) / 1800)::int as bin from access_log_entries where source_id = ${sourceId}
      union all
      select country, region, ((date_last % 86400) / 1800)::int as bin from access_log_entries where source_id = ${sourceId}
    ) t group by country, region, bin`);
  const builder = new TimeProfileBuilder();
  for (const r of result.rows) builder.add(profileGroup(r.country, r.region), Number(r.bin) * 1800 + 900, Number(r.n));
  return builder.build();
}

/**
 * Refreshes planner statistics for the tables a sync writes and the reads join. PGlite has no
 * autovacuum, so without this a freshly back-filled database keeps "empty table" statistics and the
 * organisation queries pick plans that take minutes instead of milliseconds. Sampling keeps it cheap,
 * but not free (about a second at 50,000 users), so an incremental sync, which changes the tables'
 * shape little, refreshes them once a week. True when it ran (the caller records `analyzedAt`).
 */
export async function analyzeActivityTables(db: Db, opts: { backfill: boolean; now: Date; lastAnalyzedAt?: string }): Promise<boolean> {
  const weekAgo = opts.now.getTime() - 7 * 86_400_000;
  if (!opts.backfill && opts.lastAnalyzedAt && Date.parse(opts.lastAnalyzedAt) > weekAgo) return false;
  await db.execute(sql`analyze access_log_entries, activity_days, activity_user_summary, billing_status, accounts`);
  return true;
}
