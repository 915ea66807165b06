import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { jobRuns, sources } from "@/db/schema";

/**
 * Stamps the source when an aggregation run ends. Aggregation is "daily by default and off until the
 * first manual run": the first manual run that succeeds switches an `off` schedule to `daily`, and
 * never overrides a schedule someone chose.
 */
export async function recordRunEnded(db: Db, sourceId: string, runId: string, succeeded: boolean, at = new Date()): Promise<void> {
  await db.update(sources).set({ lastDataRunAt: at }).where(eq(sources.id, sourceId));
  if (!succeeded) return;
  const [run] = await db.select({ trigger: jobRuns.trigger }).from(jobRuns).where(eq(jobRuns.id, runId));
  if (run?.trigger !== "manual") return;
  await db.update(sources).set({ schedule: "daily" }).where(and(eq(sources.id, sourceId), eq(sources.schedule, "off")));
}
