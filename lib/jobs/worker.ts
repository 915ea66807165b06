import type PgBoss from "pg-boss";
import type { Db } from "@/db/client";
import { log } from "@/lib/log";
import { JobFailure, type JobContext, type JobHandler } from "./context";
import { housekeeping } from "./handlers/housekeeping";
import { queues, type QueueName } from "./queues";
import { dispatchDueRuns } from "./scheduler";
import { getRun, markFinished, markRequeued, markRunning, updateProgress, type RunPayload } from "./runs";

const handlers: Partial<Record<QueueName, JobHandler>> = {
  housekeeping: async (ctx) => ({ state: "succeeded", counts: await housekeeping(ctx.db) }),
};

/** Lets feature modules add their queues' handlers without this file importing them all. */
export function registerJobHandler(queue: QueueName, handler: JobHandler): void {
  handlers[queue] = handler;
}

export function makeContext(db: Db, data: RunPayload): JobContext {
  return {
    db,
    runId: data.runId,
    data,
    progress: (p) => updateProgress(db, data.runId, p),
    isCancelled: async () => (await getRun(db, data.runId))?.state === "cancelled",
  };
}

/**
 * Runs one job and keeps job_runs in step: running when picked up, then succeeded, waiting,
 * cancelled or failed. A retryable failure is rethrown so pg-boss applies its retry policy.
 */
export async function runJob(db: Db, queue: QueueName, data: RunPayload, attempt: { retryCount: number; retryLimit: number } = { retryCount: 0, retryLimit: 0 }): Promise<void> {
  const handler = handlers[queue];
  const runId = data.runId;
  if (!handler) throw new Error(`No handler registered for queue ${queue}`);
  const before = await getRun(db, runId);
  if (before?.state === "cancelled") return;
  await markRunning(db, runId);
  try {
    const outcome = await handler(makeContext(db, data));
    if (outcome.state === "waiting") {
      await markFinished(db, runId, { state: "waiting", counts: outcome.counts, error: outcome.message });
    } else {
      await markFinished(db, runId, { state: outcome.state, counts: outcome.counts });
    }
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    const counts = err instanceof JobFailure ? err.counts : {};
    const retryable = !(err instanceof JobFailure) || err.retryable;
    if (retryable && attempt.retryCount < attempt.retryLimit) {
      // pg-boss will run it again: the run goes back to queued, so the retry can pick it up.
      await markRequeued(db, runId, `Attempt ${attempt.retryCount + 1} failed (${message}); retrying.`);
      log.warn({ queue, runId, error: message, attempt: attempt.retryCount + 1 }, "job attempt failed; pg-boss retries it");
      throw err;
    }
    await markFinished(db, runId, { state: "failed", counts, error: message });
    log.warn({ queue, runId, error: message }, "job failed");
    if (retryable) throw err;
  }
}

export async function registerWorkers(boss: PgBoss, db: Db, opts: { pollingIntervalSeconds?: number } = {}): Promise<void> {
  await boss.work("dispatch-schedules", { pollingIntervalSeconds: 30 }, async () => {
    const started = await dispatchDueRuns(db, boss);
    if (started) log.info({ started }, "scheduled data runs enqueued");
  });
  await boss.schedule("dispatch-schedules", "*/5 * * * *", {}, { singletonKey: "dispatch" });
  for (const name of Object.keys(queues) as QueueName[]) {
    if (name === "dispatch-schedules") continue;
    await boss.work<RunPayload>(name, { pollingIntervalSeconds: opts.pollingIntervalSeconds ?? 2, includeMetadata: true }, async ([job]) => {
      await runJob(db, name, job.data, { retryCount: job.retryCount, retryLimit: job.retryLimit });
    });
  }
}
