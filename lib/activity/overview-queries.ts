import { sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { getActivityContext, type ActivityContext } from "./context";
import { accountFactsCtes, dormantAccount, identityFactsCte, neverSignedInAccount } from "./account-facts";
import { assessDormancy, DEFAULT_DORMANCY_THRESHOLDS, type AccountKind, type DormancyThresholds } from "./metrics";
import { getActivitySeries, type ActivitySeries } from "./series";

export interface ActivityOverview extends ActivitySeries {
  sourceId: string;
  observedFrom: string | null;
  lastSyncAt: Date | null;
  thresholds: DormancyThresholds;
  counts: {
    identities: number; identitiesWithSlack: number; slackAccounts: number; humanAccounts: number; botAccounts: number; correlated: number;
    correlatedPercent: number; active7: number; active30: number; dormant: number; neverSignedIn: number; dormantAccounts: number;
    neverSignedInAccounts: number; privilegedDormant: number; billableDormant: number; billingActive: number;
  };
}

/** The source a query is about: its id, or its context when the caller already read it (one query fewer). */
export type SourceRef = { sourceId: string; context?: undefined } | { context: ActivityContext; sourceId?: undefined };

async function contextOf(db: Db, ref: SourceRef): Promise<ActivityContext | null> {
  return ref.context ?? getActivityContext(db, ref.sourceId!);
}

export async function getActivityOverview(db: Db, q: SourceRef & { now: Date; thresholds?: DormancyThresholds }): Promise<ActivityOverview | null> {
  const ctx = await contextOf(db, q);
  if (!ctx) return null;
  const t = q.thresholds ?? DEFAULT_DORMANCY_THRESHOLDS;
  const nowS = Math.floor(q.now.getTime() / 1000);
  // One pass over the accounts and one over the identities (count … filter), not a scan per figure.
  const counts = await db.execute<Record<string, number>>(sql`
    with ${accountFactsCtes(ctx.sourceId, ctx.linkedSourceId, t)}, ${identityFactsCte()}
    select (select count(*) from identities)::int as identities, i.*, a.*
    from (
      select count(*)::int as "identitiesWithSlack",
        (count(*) filter (where last_any >= ${nowS - 7 * 86400}::bigint))::int as active7,
        (count(*) filter (where last_any >= ${nowS - 30 * 86400}::bigint))::int as active30,
        (count(*) filter (where has_eligible and last_eligible < ${nowS}::bigint - threshold * 86400))::int as dormant,
        (count(*) filter (where has_eligible and last_eligible is null))::int as "neverSignedIn"
      from ident
    ) i, (
      select
        (count(*) filter (where removed_at is null))::int as "slackAccounts",
        (count(*) filter (where removed_at is null and kind <> 'bot'))::int as "humanAccounts",
        (count(*) filter (where removed_at is null and kind = 'bot'))::int as "botAccounts",
        (count(*) filter (where removed_at is null and kind <> 'bot' and identity_id is not null))::int as correlated,
        (count(*) filter (where ${dormantAccount(nowS)}))::int as "dormantAccounts",
        (count(*) filter (where ${neverSignedInAccount}))::int as "neverSignedInAccounts",
        (count(*) filter (where ${dormantAccount(nowS)} and privileged))::int as "privilegedDormant",
        (count(*) filter (where ${dormantAccount(nowS)} and billing_active))::int as "billableDormant",
        (count(*) filter (where billing_active))::int as "billingActive"
      from facts
    ) a`);
  const c = Object.fromEntries(Object.entries(counts.rows[0] ?? {}).map(([k, v]) => [k, Number(v)])) as ActivityOverview["counts"];
  c.correlatedPercent = c.humanAccounts ? Math.round((1000 * c.correlated) / c.humanAccounts) / 10 : 0;

  return {
    sourceId: ctx.sourceId, observedFrom: ctx.completeFrom, lastSyncAt: ctx.lastSyncAt, thresholds: t, counts: c,
    ...(await getActivitySeries(db, ctx, q.now)),
  };
}

export interface DormantAccount {
  accountId: string;
  userId: string;
  displayName: string | null;
  email: string | null;
  identityId: string | null;
  identityName: string | null;
  kind: AccountKind;
  role: string;
  privileged: boolean;
  billingActive: boolean | null;
  lastActive: number | null;
  daysSinceActive: number | null;
  thresholdDays: number;
  status: "dormant" | "never_signed_in";
  reason: string;
}

/** Accounts flagged dormant (or never signed in), privileged and billing-active first, then longest idle. */
export async function listDormantAccounts(
  db: Db,
  q: SourceRef & { now: Date; thresholds?: DormancyThresholds; privilegedOnly?: boolean; billableOnly?: boolean; includeNeverSignedIn?: boolean; limit?: number; offset?: number },
): Promise<{ rows: DormantAccount[]; total: number }> {
  const ctx = await contextOf(db, q);
  if (!ctx) return { rows: [], total: 0 };
  const t = q.thresholds ?? DEFAULT_DORMANCY_THRESHOLDS;
  const nowS = Math.floor(q.now.getTime() / 1000);
  const flagged = q.includeNeverSignedIn === false ? dormantAccount(nowS) : sql`(${dormantAccount(nowS)} or ${neverSignedInAccount})`;
  const result = await db.execute<{ id: string; native_id: string; display_name: string | null; email: string | null; identity_id: string | null; identity_name: string | null; kind: AccountKind; role: string; privileged: boolean; billing_active: boolean | null; last: string | number | null; total: number }>(sql`
    with ${accountFactsCtes(ctx.sourceId, ctx.linkedSourceId, t)}
    select f.id, f.native_id, f.display_name, f.email, f.identity_id, i.name as identity_name, f.kind, f.role, f.privileged, f.billing_active, f.last,
      count(*) over ()::int as total
    from facts f left join identities i on i.id = f.identity_id
    where ${flagged} ${q.privilegedOnly ? sql`and f.privileged` : sql``} ${q.billableOnly ? sql`and f.billing_active` : sql``}
    order by f.privileged desc, coalesce(f.billing_active, false) desc, f.last asc nulls first, f.native_id
    limit ${q.limit ?? 100} offset ${q.offset ?? 0}`);
  const rows = result.rows.map((r): DormantAccount => {
    const lastActive = r.last === null ? null : Number(r.last);
    const d = assessDormancy({ kind: r.kind, lastActive, isActive: true }, q.now, t);
    return {
      accountId: r.id, userId: r.native_id, displayName: r.display_name, email: r.email, identityId: r.identity_id, identityName: r.identity_name,
      kind: r.kind, role: r.role, privileged: r.privileged, billingActive: r.billing_active, lastActive, daysSinceActive: d.daysSinceActive,
      thresholdDays: d.thresholdDays ?? 0, status: d.status === "never_signed_in" ? "never_signed_in" : "dormant", reason: d.reason ?? "",
    };
  });
  return { rows, total: Number(result.rows[0]?.total ?? 0) };
}
