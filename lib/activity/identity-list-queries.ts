import { sql, type SQL } from "drizzle-orm";
import type { Db } from "@/db/client";
import { likePattern } from "@/lib/list-params";
import { accountFactsCtes } from "./account-facts";
import { daysInWindow } from "./user-summary";
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
 * Per-identity figures in SQL so the list can sort and filter on them, in one grouped pass over the
 * accounts: latest access, the strictest threshold, and days active in the window from the accounts'
 * day bitmaps. Only identities with more than one account need the exact distinct-day count (the
 * same day on two accounts counts once). One grouped CTE joined once to identities: PostgreSQL cannot
 * estimate a grouped CTE's size, and joining two of them once made it pick a nested loop over both.
 */
function listSql(ctx: { sourceId: string; linkedSourceId: string | null }, t: DormancyThresholds, now: Date, where: SQL, tail: SQL): SQL {
  const nowS = Math.floor(now.getTime() / 1000);
  const w = windowOf(now, 90);
  return sql`
    with ${accountFactsCtes(ctx.sourceId, ctx.linkedSourceId, t, { withDays: true })},
    ident as (
      select identity_id, max(last) as last_any, max(last) filter (where eligible) as last_eligible,
        min(threshold) filter (where eligible) as threshold, bool_or(eligible) as has_eligible,
        case when count(*) = 1 then max(${daysInWindow("facts", w.from, w.to)}) else (
          select count(distinct d.day) from activity_days d join facts f2 on f2.native_id = d.user_id
          where d.source_id = ${ctx.sourceId} and f2.identity_id = facts.identity_id and f2.kind <> 'bot' and f2.removed_at is null
            and d.day between ${w.from}::date and ${w.to}::date
        ) end as days90
      from facts where identity_id is not null and kind <> 'bot' and removed_at is null group by identity_id
    ),
    list as (
      select i.id, i.name, i.email, x.last_any, coalesce(x.days90, 0) as days90, x.threshold,
        case when x.identity_id is null then 'no_slack'
             when not x.has_eligible then 'excluded'
             when x.last_eligible is null then 'never_signed_in'
             when x.last_eligible < ${nowS}::bigint - x.threshold * 86400 then 'dormant'
             else 'active' end as status
      from identities i left join ident x on x.identity_id = i.id
    )
    select *, count(*) over ()::int as total from list where ${where} ${tail}`;
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
  const result = await db.execute<Row>(listSql(ctx, t, query.now, sql.join(filters, sql` and `), sql`order by ${order}, id limit ${pageSize} offset ${(page - 1) * pageSize}`));
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
  const result = await db.execute<Row>(sql`
    with ${accountFactsCtes(ctx.sourceId, ctx.linkedSourceId, t, { where: sql`a.identity_id = any(${idList})` })},
    ident as (
      select identity_id, max(last) as last_any, max(last) filter (where eligible) as last_eligible,
        min(threshold) filter (where eligible) as threshold, bool_or(eligible) as has_eligible
      from facts where kind <> 'bot' and removed_at is null group by identity_id
    ),
    days as (
      select f.identity_id, count(distinct d.day)::int as n from activity_days d join facts f on f.native_id = d.user_id and f.kind <> 'bot' and f.removed_at is null
      where d.source_id = ${ctx.sourceId} and d.day between ${windowOf(q.now, 90).from}::date and ${windowOf(q.now, 90).to}::date group by f.identity_id
    )
    select i.id, i.name, i.email, x.last_any, coalesce(d.n, 0) as days90, x.threshold,
      case when x.identity_id is null then 'no_slack' when not x.has_eligible then 'excluded' when x.last_eligible is null then 'never_signed_in'
           when x.last_eligible < ${Math.floor(q.now.getTime() / 1000)}::bigint - x.threshold * 86400 then 'dormant' else 'active' end as status
    from identities i left join ident x on x.identity_id = i.id left join days d on d.identity_id = i.id
    where i.id = any(${idList})`);
  const state = usageState(windowOf(q.now, 90).from, ctx.completeFrom);
  return result.rows.map((r) => toSummary(r, state));
}
