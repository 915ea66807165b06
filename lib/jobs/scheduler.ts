import { and, eq, inArray, max } from "drizzle-orm";
import type PgBoss from "pg-boss";
import type { Db } from "@/db/client";
import { jobRuns, sources } from "@/db/schema";
import { startSourceRun, type SourceQueue } from "./source-runs";

const HOUR = 3600_000;
const intervals: Record<string, number> = { hourly: HOUR, daily: 24 * HOUR };

/** Pure: is a run due, given the schedule and when the last run started? */
export function isDue(schedule: string, lastStartedAt: Date | null, now: Date): boolean {
  const every = intervals[schedule];
  if (!every) return false;
  if (!lastStartedAt) return true;
  // A few minutes of slack so a daily run does not drift later by one tick each day.
  return now.getTime() - lastStartedAt.getTime() >= every - 5 * 60_000;
}

/**
 * Enqueues the scheduled data runs that are due: Slack aggregation by the source's schedule (off
 * until the first manual run), activity sync by its configured cadence. Only healthy sources run.
 */
export async function dispatchDueRuns(db: Db, boss: PgBoss, now = new Date()): Promise<number> {
  const healthy = await db.select().from(sources).where(eq(sources.status, "healthy"));
  let started = 0;
  for (const s of healthy) {
    const queue: SourceQueue | null = s.connector === "slack" ? "aggregate-accounts" : s.connector === "activity-insights-slack" ? "sync-activity" : null;
    if (!queue) continue;
    const schedule = s.connector === "slack" ? s.schedule : String((s.config as { schedule?: string }).schedule ?? "daily");
    const [last] = await db
      .select({ at: max(jobRuns.queuedAt) })
      .from(jobRuns)
      .where(and(eq(jobRuns.kind, queue), eq(jobRuns.sourceId, s.id), inArray(jobRuns.state, ["queued", "running", "waiting", "succeeded", "failed"])));
    if (!isDue(schedule, last?.at ? new Date(last.at) : null, now)) continue;
    const r = await startSourceRun(db, boss, queue, s.id, { trigger: "schedule", triggeredBy: null });
    if (!r.alreadyActive) started++;
  }
  return started;
}
