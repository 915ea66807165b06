import { sql, type SQL } from "drizzle-orm";
import type { Db } from "@/db/client";
import { likePattern } from "@/lib/list-params";
import { accountFactsCtes, identityFactsCte, identityStatus } from "./account-facts";
import { getActivityContext } from "./context";
import { DEFAULT_DORMANCY_THRESHOLDS, usageState, windowOf, type DormancyThresholds, type UsageState } from "./metrics";

export type IdentityActivityStatus = "active" | "dormant" | "never_signed_in" | "excluded" | "no_slack";

/** The activity columns of the Identities list. lastActive is unix seconds. */
export interface IdentityActivitySummary {
  identityId: string;
  name: string;
  email: string;
  lastActive: number | null;
  daysActive90: number;
  daysActive90State: UsageState;
  status: IdentityActivityStatus;
  dormant: boolean;
  thresholdDays: number | null;
}

export interface IdentityActivityListQuery {
  sourceId: string;
  now: Date;
  thresholds?: DormancyThresholds;
  sort?: "lastActive" | "daysActive90" | "name";
  dir?: "asc" | "desc";
  /** Only identities in this state (`dormant` includes never signed in when `includeNeverSignedIn`). */
  status?: IdentityActivityStatus;
  /** Active (any account) within the last N days. */
  activeWithinDays?: number;
  /** Search in name and email. */
  q?: string;
  page?: number;
  pageSize?: number;
}

type Row = { id: string; name: string; email: string; last_any: string | number | null; days90: number | null; status: IdentityActivityStatus; threshold: number | null; total?: number };

/**
 * Per-identity figures in SQL so the list can sort and filter on them: one grouped CTE over the
 * accounts (identityFactsCte) joined once to identities. PostgreSQL cannot estimate a grouped CTE's
 * size, and joining two of them made it pick a nested loop over both (a minute at 50,000 people).
 * `accountsWhere` narrows the accounts read (a page of identities), `where` the rows returned.
 */
function listSql(ctx: { sourceId: string; linkedSourceId: string | null }, t: DormancyThresholds, now: Date, parts: { accountsWhere?: SQL; where: SQL; tail: SQL }): SQL {
  return sql`
    with ${accountFactsCtes(ctx.sourceId, ctx.linkedSourceId, t, { withDays: true, where: parts.accountsWhere })},
    ${identityFactsCte({ activitySourceId: ctx.sourceId, daysWindow: windowOf(now, 90) })},
    list as (
      select i.id, i.name, i.email, x.last_any, coalesce(x.days, 0) as days90, x.threshold, ${identityStatus(Math.floor(now.getTime() / 1000))} as status
      from identities i left join ident x on x.identity_id = i.id
    )
    select *, count(*) over ()::int as total from list where ${parts.where} ${parts.tail}`;
}

function toSummary(r: Row, state: UsageState): IdentityActivitySummary {
  return {
    identityId: r.id, name: r.name, email: r.email, lastActive: r.last_any === null ? null : Number(r.last_any), daysActive90: Number(r.days90 ?? 0),
    daysActive90State: state, status: r.status, dormant: r.status === "dormant", thresholdDays: r.threshold === null ? null : Number(r.threshold),
  };
}

/** Identities with their activity columns, sorted/filtered/paginated in SQL (ties broken by id). */
export async function listIdentityActivity(db: Db, query: IdentityActivityListQuery): Promise<{ rows: IdentityActivitySummary[]; total: number }> {
  const ctx = await getActivityContext(db, query.sourceId);
  if (!ctx) return { rows: [], total: 0 };
  const t = query.thresholds ?? DEFAULT_DORMANCY_THRESHOLDS;
  const nowS = Math.floor(query.now.getTime() / 1000);
  const sort = query.sort ?? "lastActive";
  const dir = query.dir === "asc" ? sql`asc` : sql`desc`;
  const filters: SQL[] = [sql`true`];
  if (query.status) filters.push(sql`status = ${query.status}`);
  if (query.activeWithinDays !== undefined) filters.push(sql`last_any >= ${nowS - query.activeWithinDays * 86400}::bigint`);
  if (query.q) filters.push(sql`(name ilike ${likePattern(query.q)} or email ilike ${likePattern(query.q)})`);
  const order = sort === "name" ? sql`name ${dir}` : sort === "daysActive90" ? sql`days90 ${dir}` : sql`last_any ${dir} nulls last`;
  const pageSize = Math.max(1, Math.min(500, query.pageSize ?? 50));
  const page = Math.max(1, query.page ?? 1);
  const result = await db.execute<Row>(listSql(ctx, t, query.now, { where: sql.join(filters, sql` and `), tail: sql`order by ${order}, id limit ${pageSize} offset ${(page - 1) * pageSize}` }));
  const state = usageState(windowOf(query.now, 90).from, ctx.completeFrom);
  return { rows: result.rows.map((r) => toSummary(r, state)), total: Number(result.rows[0]?.total ?? 0) };
}

/** The activity columns for one page of identity ids (any order; unknown ids are skipped). */
export async function getIdentityActivitySummaries(
  db: Db,
  q: { sourceId: string; now: Date; thresholds?: DormancyThresholds; identityIds: string[] },
): Promise<IdentityActivitySummary[]> {
  const ids = q.identityIds.filter((id) => /^[0-9a-f-]{36}$/i.test(id));
  const ctx = await getActivityContext(db, q.sourceId);
  if (!ctx || !ids.length) return [];
  const t = q.thresholds ?? DEFAULT_DORMANCY_THRESHOLDS;
  const idList = sql`array(select (jsonb_array_elements_text(${JSON.stringify(ids)}::jsonb))::uuid)`;
  const result = await db.execute<Row>(listSql(ctx, t, q.now, { accountsWhere: sql`a.identity_id = any(${idList})`, where: sql`id = any(${idList})`, tail: sql`` }));
  const state = usageState(windowOf(q.now, 90).from, ctx.completeFrom);
  return result.rows.map((r) => toSummary(r, state));
}
