import type PgBoss from "pg-boss";
import type { DbHandle } from "@/db/client";

export interface HealthReport {
  status: "ok" | "error";
  database: { status: "ok" | "error"; mode?: string; error?: string };
  jobs: { status: "ok" | "error"; error?: string; queues?: number };
}

async function withTimeout<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not answer within ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([p, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Checks that the database answers a query and that pg-boss can read its own tables. */
export async function checkHealth(getHandle: () => Promise<DbHandle>, getBoss: (h: DbHandle) => Promise<PgBoss>): Promise<HealthReport> {
  let handle: DbHandle;
  try {
    handle = await withTimeout(getHandle(), 5000, "The database");
    await withTimeout(handle.sql.query("select 1"), 3000, "The database");
  } catch (err) {
    const error = err instanceof Error ? err.message : String(err);
    return { status: "error", database: { status: "error", error }, jobs: { status: "error", error: "Not checked: the database is down" } };
  }
  const database = { status: "ok" as const, mode: handle.mode };
  try {
    const boss = await withTimeout(getBoss(handle), 5000, "The job system");
    const queues = await withTimeout(boss.getQueues(), 3000, "The job system");
    return { status: "ok", database, jobs: { status: "ok", queues: queues.length } };
  } catch (err) {
    return { status: "error", database, jobs: { status: "error", error: err instanceof Error ? err.message : String(err) } };
  }
}
