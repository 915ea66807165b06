import { sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import type { JobRun } from "@/db/schema";
import { makeSyncActivityHandler, type SyncActivityOptions } from "@/lib/jobs/handlers/sync-activity";
import { getRun } from "@/lib/jobs/runs";
import { registerJobHandler, runJob } from "@/lib/jobs/worker";
import type { ActivityFixture } from "./sim-fixture";

/** Instant retries and waits, so fault tests take milliseconds. */
export const instantPolicy = { sleep: async () => undefined, backoffMs: () => 0 };

/**
 * Runs one sync the way the worker does (job_runs row → runJob → handler), with the fixture's key.
 * Returns the finished run; a failed run is returned, not thrown.
 */
export async function runSyncJob(db: Db, fx: ActivityFixture, opts: SyncActivityOptions = {}): Promise<JobRun> {
  const inserted = await db.execute<{ id: string }>(sql`insert into job_runs (kind, source_id) values ('sync-activity', ${fx.activitySourceId}) returning id`);
  const runId = inserted.rows[0].id;
  registerJobHandler("sync-activity", makeSyncActivityHandler({ key: fx.key, policy: instantPolicy, ...opts }));
  try {
    await runJob(db, "sync-activity", { runId, sourceId: fx.activitySourceId });
  } catch {
    // runJob rethrows retryable failures for pg-boss; the run row already says what happened.
  }
  const run = await getRun(db, runId);
  if (!run) throw new Error("run vanished");
  return run;
}
