import type PgBoss from "pg-boss";

/** Every queue the app uses. One place, so a worker process and the web process agree. */
export const queues = {
  housekeeping: { name: "housekeeping", retryLimit: 3, retryDelay: 5, retryBackoff: true, expireInSeconds: 600 },
} satisfies Record<string, PgBoss.Queue>;

export type QueueName = keyof typeof queues;

export async function ensureQueues(boss: PgBoss): Promise<void> {
  for (const q of Object.values(queues)) {
    const existing = await boss.getQueue(q.name);
    if (!existing) await boss.createQueue(q.name, q);
  }
}
