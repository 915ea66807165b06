import { inArray } from "drizzle-orm";
import type { Db } from "@/db/client";
import { getIdentityActivitySummaries, listIdentityActivity, type IdentityActivitySummary } from "@/db/queries/activity";
import { listIdentities, type IdentityListQuery } from "@/db/queries/identities";
import { identities } from "@/db/schema";
import { currentActivitySource, metricThresholds } from "./context";

export const activityFilters = ["active7", "active30", "dormant", "never_signed_in"] as const;
export type ActivityFilter = (typeof activityFilters)[number];

export type IdentityListRow = Awaited<ReturnType<typeof listIdentities>>["rows"][number] & { activity: IdentityActivitySummary | null };

/**
 * The Identities list with its activity columns. Sorting or filtering on activity is done by the
 * activity query (in SQL, over every identity); otherwise the normal list is paged and only the page's
 * activity is looked up.
 */
export async function identitiesWithActivity(
  db: Db,
  q: Omit<IdentityListQuery, "sort"> & { sort: IdentityListQuery["sort"] | "lastActive" | "daysActive90"; activity?: ActivityFilter },
): Promise<{ rows: IdentityListRow[]; total: number; activityAvailable: boolean }> {
  const source = await currentActivitySource(db);
  const now = new Date();
  const byActivity = q.sort === "lastActive" || q.sort === "daysActive90" || !!q.activity;
  if (!source) {
    const { rows, total } = await listIdentities(db, { ...q, sort: byActivity ? "name" : (q.sort as IdentityListQuery["sort"]) });
    return { rows: rows.map((r) => ({ ...r, activity: null })), total, activityAvailable: false };
  }
  const thresholds = await metricThresholds(db);
  if (!byActivity) {
    const { rows, total } = await listIdentities(db, { ...q, sort: q.sort as IdentityListQuery["sort"] });
    const summaries = new Map((await getIdentityActivitySummaries(db, { sourceId: source.sourceId, now, thresholds, identityIds: rows.map((r) => r.id) })).map((s) => [s.identityId, s]));
    return { rows: rows.map((r) => ({ ...r, activity: summaries.get(r.id) ?? null })), total, activityAvailable: true };
  }
  const result = await listIdentityActivity(db, {
    sourceId: source.sourceId,
    now,
    thresholds,
    sort: q.sort === "daysActive90" ? "daysActive90" : q.sort === "lastActive" ? "lastActive" : "name",
    dir: q.dir,
    status: q.activity === "dormant" ? "dormant" : q.activity === "never_signed_in" ? "never_signed_in" : undefined,
    activeWithinDays: q.activity === "active7" ? 7 : q.activity === "active30" ? 30 : undefined,
    q: q.q,
    page: q.page,
    pageSize: q.pageSize,
  });
  const ids = result.rows.map((r) => r.identityId);
  const details = ids.length
    ? await db
        .select({ id: identities.id, name: identities.name, email: identities.email, department: identities.department, title: identities.title, lifecycleState: identities.lifecycleState, updatedAt: identities.updatedAt })
        .from(identities)
        .where(inArray(identities.id, ids))
    : [];
  const byId = new Map(details.map((d) => [d.id, d]));
  return {
    rows: result.rows.flatMap((s) => (byId.has(s.identityId) ? [{ ...byId.get(s.identityId)!, activity: s }] : [])),
    total: result.total,
    activityAvailable: true,
  };
}
