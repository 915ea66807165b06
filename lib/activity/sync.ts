import type { WebClient } from "@slack/web-api";
import type { Db } from "@/db/client";
import { storeBillingStatus } from "./billing";
import { DEFAULT_GAP_MODEL, inferGapDays, type GapEvidence, type GapModel } from "./gap-inference";
import { pageAccessLogs, type FetchAccessLogPage } from "./pager";
import { refreshRollup } from "./rollup";
import { callSlack, SyncCancelled, type CallHooks, type CallPolicy } from "./slack-call";
import { fetchAccessLogPage, fetchBillablePage } from "./slack-source";
import { applyPage, upsertDays } from "./store-entries";
import { analyzeActivityTables, loadTimeProfiles, readSyncState, recordSyncCompleted } from "./store-state";
import { SyncProgress, type SyncCounts } from "./sync-progress";

export type { SyncCounts } from "./sync-progress";

export interface ActivitySyncInput {
  db: Db;
  sourceId: string;
  client: WebClient;
  policy: CallPolicy;
  progress(p: Record<string, unknown>): Promise<void>;
  isCancelled(): Promise<boolean>;
  /** Incremental syncs re-read this much before the watermark: Slack publishes its logs hourly. */
  overlapSeconds?: number;
  gapModel?: GapModel;
  /** Wall clock, for lastSyncAt and billing checks. */
  now?: () => Date;
  /** Tests shrink Slack's 100-page window to exercise `before` paging on a small workspace. */
  maxPage?: number;
  pageSize?: number;
}

export type ActivitySyncResult = { state: "succeeded" | "cancelled"; counts: SyncCounts };

/**
 * One Activity Insights sync (DESIGN §7): page team.accessLogs newest first (all of it on the first run,
 * down to the watermark minus an overlap afterwards), apply each page atomically, infer the one
 * uncertain day per user from the unseen accesses, read billing flags, then record the watermark and
 * refresh the organisation series. Nothing is held open across a Slack call; a failure or cancellation
 * leaves every applied page consistent and the watermark where it was, so the next run re-reads.
 */
export async function runActivitySync(input: ActivitySyncInput): Promise<ActivitySyncResult> {
  const { db, sourceId, client, policy } = input;
  const now = input.now ?? (() => new Date());
  const state = await readSyncState(db, sourceId);
  const incremental = state.firstSyncCompletedAt !== null && state.watermark !== null;
  const since = incremental ? state.watermark : null;
  const stopBefore = since !== null ? since - (input.overlapSeconds ?? 2 * 3600) : null;
  const progress = new SyncProgress(input.progress, incremental ? "incremental" : "backfill");
  const waited = { seconds: 0 };
  const hooks: CallHooks = {
    onRequest: () => progress.request(),
    onRateLimited: (s) => progress.waiting(s),
    onResumed: () => progress.resumed(),
    isCancelled: input.isCancelled,
  };
  const fetchPage: FetchAccessLogPage = (args) => callSlack("team.accessLogs", () => progress.timeSlack(() => fetchAccessLogPage(client, args)), policy, hooks, waited);

  try {
    const lastSeen = new Map<string, number>();
    const gaps: GapEvidence[] = [];
    let watermark = state.watermark;
    let minDay: string | null = null;
    await progress.report();
    for await (const batch of pageAccessLogs(fetchPage, { stopBefore, maxPage: input.maxPage, pageSize: input.pageSize })) {
      const applied = await applyPage(db, sourceId, batch.entries, lastSeen);
      gaps.push(...applied.gaps);
      for (const e of batch.entries) watermark = Math.max(watermark ?? -Infinity, e.dateLast);
      if (applied.minDay !== null && (minDay === null || applied.minDay < minDay)) minDay = applied.minDay;
      await progress.page(batch, applied);
      if (await input.isCancelled()) return { state: "cancelled", counts: progress.counts };
    }

    await progress.phase("analysing", "refreshing database statistics");
    const analyzedAt = (await analyzeActivityTables(db, { backfill: !incremental, now: now(), lastAnalyzedAt: state.details.analyzedAt })) ? now().toISOString() : state.details.analyzedAt;
    if (since !== null && gaps.length) {
      await progress.phase("inferring", "placing accesses between syncs");
      const inferred = inferGapDays(gaps, since, lastSeen, await loadTimeProfiles(db, sourceId), input.gapModel ?? DEFAULT_GAP_MODEL);
      const days = inferred.map((d) => ({ userId: d.userId, day: d.day, accesses: 0, clients: [d.client], ips: d.ip ? [d.ip] : [] }));
      progress.counts.inferredDays = inferred.length;
      progress.counts.activityDaysWritten += await db.transaction((tx) => upsertDays(tx, sourceId, days));
      for (const d of inferred) if (minDay === null || d.day < minDay) minDay = d.day;
    }

    await progress.phase("billing", "reading billing-active flags");
    const billing = await readBilling((cursor) => progress.timeSlack(() => fetchBillablePage(client, cursor)), policy, hooks, waited);
    if (billing.users) {
      await storeBillingStatus(db, sourceId, billing.users, now());
      progress.counts.billableUsers = billing.users.size;
      progress.counts.billingActive = [...billing.users.values()].filter(Boolean).length;
    }
    if (await input.isCancelled()) return { state: "cancelled", counts: progress.counts };

    // The series refresh runs after the sync is recorded; should it fail, the next sync still knows
    // from which day they are out of date.
    const dirtyFrom = earliestDay(incremental ? minDay : "0000-01-01", state.details.rollupDirtyFrom ?? null);
    await recordSyncCompleted(db, sourceId, {
      watermark: watermark ?? null,
      previous: state,
      finishedAt: now(),
      details: {
        lastRun: { ...progress.counts },
        billing: billing.users ? { available: true } : { available: false, message: billing.message },
        rollupDirtyFrom: dirtyFrom,
        analyzedAt,
      },
    });
    await progress.phase("summarising", "updating organisation figures");
    await refreshRollup(db, sourceId, { fromDay: dirtyFrom });
    progress.closePhase();
    return { state: "succeeded", counts: progress.counts };
  } catch (error) {
    if (error instanceof SyncCancelled) return { state: "cancelled", counts: progress.counts };
    throw Object.assign(error as object, { counts: progress.counts });
  }
}

function earliestDay(a: string | null, b: string | null): string | null {
  if (a === null) return b;
  return b === null || a < b ? a : b;
}

async function readBilling(fetchPage: (cursor: string | undefined) => ReturnType<typeof fetchBillablePage>, policy: CallPolicy, hooks: CallHooks, waited: { seconds: number }) {
  const users = new Map<string, boolean>();
  let cursor: string | undefined;
  try {
    do {
      const page = await callSlack("team.billableInfo", () => fetchPage(cursor), policy, hooks, waited);
      for (const [id, active] of page.users) users.set(id, active);
      cursor = page.next || undefined;
    } while (cursor);
    return { users };
  } catch (error) {
    // Billing flags are a side signal: a workspace that does not expose them still gets its activity.
    const e = error as { transient?: boolean; classified?: { code?: string } };
    if (error instanceof SyncCancelled || e.transient !== false) throw error;
    return { users: null, message: e.classified?.code ?? "unavailable" };
  }
}
