import { and, eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { jobRuns } from "@/db/schema";
import { recordRunEnded } from "./source-status";

/** The run is not (or no longer) waiting for a decision: already confirmed, discarded or never waiting. */
export class NotWaitingError extends Error {
  constructor() {
    super("This aggregation run is not waiting for a decision about removals.");
  }
}

const KIND = "aggregate-accounts";

/**
 * Applies the removals a run held back at the delete threshold and marks the run succeeded. All in one
 * transaction, and the run is claimed (waiting → succeeded) inside it, so a double click applies once.
 * An account a later run has seen again (last_seen_at after this run started) is not removed: the
 * pending list is only as fresh as its run.
 */
export async function confirmPendingRemovals(db: Db, runId: string, actor: string | null): Promise<{ removed: number }> {
  const at = new Date();
  const atSql = sql`${at.toISOString()}::timestamptz`;
  const result = await db.transaction(async (tx) => {
    const [run] = await tx
      .update(jobRuns)
      .set({ state: "succeeded", error: null, finishedAt: at })
      .where(and(eq(jobRuns.id, runId), eq(jobRuns.kind, KIND), eq(jobRuns.state, "waiting")))
      .returning();
    if (!run?.sourceId) throw new NotWaitingError();
    const seenBefore = run.startedAt ?? run.queuedAt;
    const removed = await tx.execute<{ id: string }>(sql`
      update accounts a set removed_at = ${atSql}, updated_at = ${atSql}
      from account_changes c
      where c.run_id = ${runId}::uuid and c.kind = 'pending_removal' and a.id = c.account_id
        and a.removed_at is null and a.last_seen_at <= ${seenBefore.toISOString()}::timestamptz
      returning a.id`);
    await tx.execute(sql`
      update account_changes c set kind = 'removed' from accounts a
      where c.run_id = ${runId}::uuid and c.kind = 'pending_removal' and a.id = c.account_id and a.removed_at = ${atSql}`);
    // What was not removed (seen again since) is no longer pending either.
    await tx.execute(sql`delete from account_changes where run_id = ${runId}::uuid and kind = 'pending_removal'`);
    await tx.execute(sql`
      delete from account_entitlements l using accounts a
      where l.account_id = a.id and a.source_id = ${run.sourceId}::uuid and a.removed_at = ${atSql}`);
    const n = removed.rows.length;
    await tx
      .update(jobRuns)
      .set({
        counts: { ...run.counts, removed: (run.counts.removed ?? 0) + n, pendingRemoval: 0 },
        progress: { ...run.progress, message: `Removals confirmed${actor ? ` by ${actor}` : ""}: ${n} accounts removed`, confirmedBy: actor, confirmedAt: at.toISOString() },
      })
      .where(eq(jobRuns.id, runId));
    return { sourceId: run.sourceId, removed: n };
  });
  await recordRunEnded(db, result.sourceId, runId, true, at);
  return { removed: result.removed };
}

/** Keeps every account: the run ends cancelled and its pending_removal rows stay as a record. */
export async function discardPendingRemovals(db: Db, runId: string, actor: string | null = null): Promise<void> {
  const rows = await db
    .update(jobRuns)
    .set({ state: "cancelled", finishedAt: new Date(), error: `Removals discarded${actor ? ` by ${actor}` : ""}; no account was removed.` })
    .where(and(eq(jobRuns.id, runId), eq(jobRuns.kind, KIND), eq(jobRuns.state, "waiting")))
    .returning({ id: jobRuns.id });
  if (!rows.length) throw new NotWaitingError();
}
