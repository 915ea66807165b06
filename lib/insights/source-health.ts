import { and, desc, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { jobRuns, sources } from "@/db/schema";

export interface SourceHealth {
  sourceId: string;
  name: string;
  status: string;
  lastRunAt: Date | null;
  lastOutcome: string | null;
  lastError: string | null;
  nextRunAt: Date | null;
  schedule: string;
}

const HOUR = 3600_000;

/** Last data run, its outcome and when the next scheduled one is due, for each data source. */
export async function sourceHealth(db: Db): Promise<SourceHealth[]> {
  const all = await db.select().from(sources);
  const out: SourceHealth[] = [];
  for (const s of all) {
    const kind = s.connector === "slack" ? "aggregate-accounts" : "sync-activity";
    const [last] = await db.select().from(jobRuns).where(and(eq(jobRuns.sourceId, s.id), eq(jobRuns.kind, kind))).orderBy(desc(jobRuns.queuedAt)).limit(1);
    const schedule = s.connector === "slack" ? s.schedule : String((s.config as { schedule?: string }).schedule ?? "daily");
    const every = schedule === "hourly" ? HOUR : schedule === "daily" ? 24 * HOUR : null;
    const lastAt = last ? (last.startedAt ?? last.queuedAt) : null;
    out.push({
      sourceId: s.id,
      name: s.name,
      status: s.status,
      lastRunAt: lastAt,
      lastOutcome: last?.state ?? null,
      lastError: last?.error ?? null,
      nextRunAt: every && s.status === "healthy" ? new Date((lastAt ? new Date(lastAt).getTime() : Date.now()) + every) : null,
      schedule,
    });
  }
  return out;
}
