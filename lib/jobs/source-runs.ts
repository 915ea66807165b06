import { and, desc, eq, inArray } from "drizzle-orm";
import type PgBoss from "pg-boss";
import type { Db } from "@/db/client";
import { jobRuns, type JobRun } from "@/db/schema";
import type { QueueName } from "./queues";
import { enqueueRun } from "./runs";

export type SourceQueue = Extract<QueueName, "aggregate-accounts" | "correlate" | "sync-activity">;

/** The run of this kind that is queued, running or waiting for a person, if any. */
export async function activeRun(db: Db, queue: SourceQueue, sourceId: string): Promise<JobRun | undefined> {
  const [run] = await db
    .select()
    .from(jobRuns)
    .where(and(eq(jobRuns.kind, queue), eq(jobRuns.sourceId, sourceId), inArray(jobRuns.state, ["queued", "running", "waiting"])))
    .orderBy(desc(jobRuns.queuedAt))
    .limit(1);
  return run;
}

/**
 * Starts a run for a source unless one is already active: one active run per source and kind,
 * enforced here for a clear message and by pg-boss's singleton key underneath.
 */
export async function startSourceRun(
  db: Db,
  boss: PgBoss,
  queue: SourceQueue,
  sourceId: string,
  opts: { trigger: string; triggeredBy: string | null },
): Promise<{ run: JobRun; alreadyActive: boolean }> {
  const existing = await activeRun(db, queue, sourceId);
  if (existing) return { run: existing, alreadyActive: true };
  const run = await enqueueRun(db, boss, queue, { data: { sourceId }, trigger: opts.trigger, triggeredBy: opts.triggeredBy, sourceId, singletonKey: sourceId });
  return { run, alreadyActive: run.state === "cancelled" };
}

export async function sourceRuns(db: Db, queue: SourceQueue, sourceId: string, limit = 25): Promise<JobRun[]> {
  return db.select().from(jobRuns).where(and(eq(jobRuns.kind, queue), eq(jobRuns.sourceId, sourceId))).orderBy(desc(jobRuns.queuedAt)).limit(limit);
}
