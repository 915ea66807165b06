import type PgBoss from "pg-boss";

/** Every queue the app uses. One place, so a worker process and the web process agree. */
export const queues = {
  housekeeping: { name: "housekeeping", retryLimit: 3, retryDelay: 5, retryBackoff: true, expireInSeconds: 600 },
  // One active run per source: jobs are sent with singletonKey = source id.
  "aggregate-accounts": { name: "aggregate-accounts", policy: "singleton", retryLimit: 3, retryDelay: 10, retryBackoff: true, expireInSeconds: 4 * 3600 },
  correlate: { name: "correlate", policy: "singleton", retryLimit: 2, retryDelay: 5, retryBackoff: true, expireInSeconds: 3600 },
  // Every few minutes: enqueue the scheduled data runs that are due (no job_runs row of its own).
  "dispatch-schedules": { name: "dispatch-schedules", policy: "singleton", retryLimit: 0, expireInSeconds: 300 },
  "sync-activity": { name: "sync-activity", policy: "singleton", retryLimit: 3, retryDelay: 10, retryBackoff: true, expireInSeconds: 4 * 3600 },
} satisfies Record<string, PgBoss.Queue>;

export type QueueName = keyof typeof queues;

export async function ensureQueues(boss: PgBoss): Promise<void> {
  for (const q of Object.values(queues)) {
    const existing = await boss.getQueue(q.name);
    if (!existing) await boss.createQueue(q.name, q);
  }
}
