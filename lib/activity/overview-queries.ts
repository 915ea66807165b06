import { sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { getActivityContext } from "./context";
import { accountFactsCtes, dormantAccount, neverSignedInAccount } from "./account-facts";
import { addDays, lastMonths } from "./days";
import { assessDormancy, DEFAULT_DORMANCY_THRESHOLDS, today, type AccountKind, type DormancyThresholds } from "./metrics";
import { readRollup, refreshRollup } from "./rollup";

export interface ActivityOverview {
  sourceId: string;
  observedFrom: string | null;
  lastSyncAt: Date | null;
  /** When the daily/monthly series were computed; stale = accounts were re-correlated since (next sync refreshes). */
  seriesComputedAt: string | null;
  seriesStale: boolean;
  thresholds: DormancyThresholds;
  counts: {
    identities: number; identitiesWithSlack: number; slackAccounts: number; humanAccounts: number; botAccounts: number; correlated: number;
    correlatedPercent: number; active7: number; active30: number; dormant: number; neverSignedIn: number; dormantAccounts: number;
    neverSignedInAccounts: number; privilegedDormant: number; billableDormant: number; billingActive: number;
  };
  /** Last 90 days, oldest first. */
  dailyActive: Array<{ day: string; identities: number; accounts: number }>;
  /** Last 12 months, oldest first; averages are days active per identity (all with Slack / active that month). */
  monthlyActive: Array<{ month: string; identities: number; accounts: number; avgDaysActive: number | null; avgDaysActiveWhenActive: number | null; complete: boolean }>;
  /** Mean of avgDaysActive over the complete months (the organisation line on an identity's chart). */
  averageDaysActivePerMonth: number | null;
}

/** Identity figures: latest access over eligible accounts against the strictest threshold (metrics.identityDormancy). */
const identityFacts = sql`
  ident as (
    select identity_id, max(last) as last_any, max(last) filter (where eligible) as last_eligible,
      min(threshold) filter (where eligible) as threshold, bool_or(eligible) as has_eligible
    from facts where identity_id is not null and kind <> 'bot' and removed_at is null group by identity_id
  )`;

export async function getActivityOverview(db: Db, q: { sourceId: string; now: Date; thresholds?: DormancyThresholds }): Promise<ActivityOverview | null> {
  const ctx = await getActivityContext(db, q.sourceId);
  if (!ctx) return null;
  const t = q.thresholds ?? DEFAULT_DORMANCY_THRESHOLDS;
  const nowS = Math.floor(q.now.getTime() / 1000);
  // One pass over the accounts and one over the identities (count … filter), not a scan per figure.
  const counts = await db.execute<Record<string, number>>(sql`
    with ${accountFactsCtes(ctx.sourceId, ctx.linkedSourceId, t)}, ${identityFacts}
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

  let { rollup, stale } = await readRollup(db, ctx.sourceId, ctx.linkedSourceId);
  // First view before any sync has stored the series (e.g. data imported by other means): compute once.
  if (!rollup) {
    rollup = await refreshRollup(db, ctx.sourceId, { full: true });
    stale = false;
  }
  const to = today(q.now);
  const dailyActive = Array.from({ length: 90 }, (_, i) => {
    const day = addDays(to, i - 89);
    const v = rollup!.daily[day];
    return { day, identities: v?.[0] ?? 0, accounts: v?.[1] ?? 0 };
  });
  const monthlyActive = lastMonths(to, 12).map((month) => {
    const v = rollup!.monthly[month];
    return {
      month, identities: v?.[0] ?? 0, accounts: v?.[1] ?? 0,
      avgDaysActive: v && rollup!.population ? v[2] / rollup!.population : null,
      avgDaysActiveWhenActive: v && v[0] ? v[2] / v[0] : null,
      complete: ctx.completeFrom !== null && month >= ctx.completeFrom,
    };
  });
  const complete = monthlyActive.filter((m) => m.complete && m.avgDaysActive !== null);
  return {
    sourceId: ctx.sourceId, observedFrom: ctx.completeFrom, lastSyncAt: ctx.lastSyncAt, seriesComputedAt: rollup.computedAt, seriesStale: stale, thresholds: t,
    counts: c, dailyActive, monthlyActive,
    averageDaysActivePerMonth: complete.length ? complete.reduce((s, m) => s + m.avgDaysActive!, 0) / complete.length : null,
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
  q: { sourceId: string; now: Date; thresholds?: DormancyThresholds; privilegedOnly?: boolean; billableOnly?: boolean; includeNeverSignedIn?: boolean; limit?: number; offset?: number },
): Promise<{ rows: DormantAccount[]; total: number }> {
  const ctx = await getActivityContext(db, q.sourceId);
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
