import { and, desc, eq, inArray } from "drizzle-orm";
import type PgBoss from "pg-boss";
import type { Db } from "@/db/client";
import { jobRuns, type JobRun } from "@/db/schema";
import type { QueueName } from "./queues";

export interface RunPayload {
  runId: string;
  [key: string]: unknown;
}

/**
 * A job_runs row is written before the pg-boss job, so the UI can show "queued" at once and the
 * row outlives pg-boss's retention.
 */
export async function enqueueRun(
  db: Db,
  boss: PgBoss,
  queue: QueueName,
  opts: { data?: Record<string, unknown>; trigger?: string; triggeredBy?: string | null; sourceId?: string | null; singletonKey?: string },
): Promise<JobRun> {
  const [run] = await db
    .insert(jobRuns)
    .values({ kind: queue, trigger: opts.trigger ?? "manual", triggeredBy: opts.triggeredBy ?? null, sourceId: opts.sourceId ?? null })
    .returning();
  const payload: RunPayload = { ...(opts.data ?? {}), runId: run.id };
  const bossId = await boss.send(queue, payload, opts.singletonKey ? { singletonKey: opts.singletonKey } : {});
  if (!bossId) {
    await db.update(jobRuns).set({ state: "cancelled", error: "A run of this job is already queued or running.", finishedAt: new Date() }).where(eq(jobRuns.id, run.id));
    return { ...run, state: "cancelled" };
  }
  const [updated] = await db.update(jobRuns).set({ bossJobId: bossId }).where(eq(jobRuns.id, run.id)).returning();
  return updated;
}

export async function markRunning(db: Db, runId: string): Promise<boolean> {
  const rows = await db
    .update(jobRuns)
    .set({ state: "running", startedAt: new Date(), error: null })
    .where(and(eq(jobRuns.id, runId), inArray(jobRuns.state, ["queued", "running"])))
    .returning({ id: jobRuns.id });
  return rows.length > 0;
}

export async function markFinished(
  db: Db,
  runId: string,
  outcome: { state: "succeeded" | "failed" | "cancelled" | "waiting"; counts?: Record<string, number>; error?: string | null },
): Promise<void> {
  await db
    .update(jobRuns)
    .set({ state: outcome.state, counts: outcome.counts ?? {}, error: outcome.error ?? null, finishedAt: new Date() })
    // A run a person cancelled stays cancelled, whatever the handler reports afterwards.
    .where(and(eq(jobRuns.id, runId), inArray(jobRuns.state, ["queued", "running"])));
}

/** An attempt failed and pg-boss will retry it: back to queued, with the reason kept for the UI. */
export async function markRequeued(db: Db, runId: string, note: string): Promise<void> {
  await db
    .update(jobRuns)
    .set({ state: "queued", progress: { message: note } })
    .where(and(eq(jobRuns.id, runId), inArray(jobRuns.state, ["queued", "running"])));
}

export async function updateProgress(db: Db, runId: string, progress: Record<string, unknown>): Promise<void> {
  await db.update(jobRuns).set({ progress }).where(eq(jobRuns.id, runId));
}

export async function getRun(db: Db, runId: string): Promise<JobRun | undefined> {
  const [run] = await db.select().from(jobRuns).where(eq(jobRuns.id, runId));
  return run;
}

/** Marks a queued or running run cancelled; the handler notices between pages and stops. */
export async function cancelRun(db: Db, runId: string): Promise<boolean> {
  const rows = await db
    .update(jobRuns)
    .set({ state: "cancelled", finishedAt: new Date(), error: "Cancelled by an operator." })
    .where(and(eq(jobRuns.id, runId), inArray(jobRuns.state, ["queued", "running", "waiting"])))
    .returning({ id: jobRuns.id });
  return rows.length > 0;
}

export async function recentRuns(db: Db, kind: string, limit = 20): Promise<JobRun[]> {
  return db.select().from(jobRuns).where(eq(jobRuns.kind, kind)).orderBy(desc(jobRuns.queuedAt)).limit(limit);
}
