import { sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import type { OrgRollup } from "./rollup";

/** An Activity Insights source with what its syncs have established. */
export interface ActivityContext {
  sourceId: string;
  name: string;
  linkedSourceId: string | null;
  /** First fully observed UTC day (null before the first complete sync). */
  completeFrom: string | null;
  firstSyncCompletedAt: Date | null;
  lastSyncAt: Date | null;
  watermark: number | null;
  rollup: OrgRollup | null;
}

type ContextRow = { id: string; name: string; linked: string | null; watermark: string | number | null; first: Date | string | null; last: Date | string | null; details: Record<string, unknown> | null };

const toDate = (v: Date | string | null) => (v === null ? null : new Date(v));

function toContext(r: ContextRow): ActivityContext {
  const details = r.details ?? {};
  const linked = r.linked && /^[0-9a-f-]{36}$/i.test(r.linked) ? r.linked : null;
  return {
    sourceId: r.id, name: r.name, linkedSourceId: linked,
    completeFrom: typeof details.completeFrom === "string" ? details.completeFrom : null,
    firstSyncCompletedAt: toDate(r.first), lastSyncAt: toDate(r.last), watermark: r.watermark === null ? null : Number(r.watermark),
    rollup: (details.rollup as OrgRollup | undefined) ?? null,
  };
}

const contextSelect = sql`
  select s.id, s.name, s.config->>'linkedSourceId' as linked, st.watermark, st.first_sync_completed_at as first, st.last_sync_at as last, st.details
  from sources s left join activity_sync_state st on st.source_id = s.id
  where s.connector = 'activity-insights-slack'`;

export async function listActivitySources(db: Db): Promise<ActivityContext[]> {
  const result = await db.execute<ContextRow>(sql`${contextSelect} order by s.name`);
  return result.rows.map(toContext);
}

export async function getActivityContext(db: Db, sourceId: string): Promise<ActivityContext | null> {
  if (!/^[0-9a-f-]{36}$/i.test(sourceId)) return null;
  const result = await db.execute<ContextRow>(sql`${contextSelect} and s.id = ${sourceId}`);
  return result.rows[0] ? toContext(result.rows[0]) : null;
}
