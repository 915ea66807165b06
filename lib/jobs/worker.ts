import type PgBoss from "pg-boss";
import type { Db } from "@/db/client";
import { housekeeping } from "./handlers/housekeeping";
import { queues, type QueueName } from "./queues";
import { markFinished, markRunning, type RunPayload } from "./runs";

type Handler = (db: Db, data: RunPayload) => Promise<Record<string, number>>;

const handlers: Record<QueueName, Handler> = {
  housekeeping: (db) => housekeeping(db),
};

/**
 * Wraps each handler so job_runs follows the job: running when picked up, succeeded or failed
 * when done. A failure is rethrown so pg-boss applies its retry policy.
 */
export async function registerWorkers(boss: PgBoss, db: Db, opts: { pollingIntervalSeconds?: number } = {}): Promise<void> {
  for (const name of Object.keys(queues) as QueueName[]) {
    await boss.work<RunPayload>(name, { pollingIntervalSeconds: opts.pollingIntervalSeconds ?? 2 }, async ([job]) => {
      const runId = job.data.runId;
      await markRunning(db, runId);
      try {
        const counts = await handlers[name](db, job.data);
        await markFinished(db, runId, { state: "succeeded", counts });
      } catch (err) {
        const message = err instanceof Error ? err.message : String(err);
        await markFinished(db, runId, { state: "failed", error: message });
        throw err;
      }
    });
  }
}
