import { sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { addDays, lastMonths, utcDay } from "@/lib/activity/days";
import {
  accessesByClient, accountKind, assessDormancy, countDaysIn, countriesSeen, dailyView, DEFAULT_DORMANCY_THRESHOLDS, identityDormancy, monthlyView,
  today, usageState, windowOf, type AccountKind, type CountrySeen, type DailyPoint, type Dormancy, type DormancyThresholds, type MonthPoint, type UsageState,
} from "@/lib/activity/metrics";
import { getActivityContext, type ActivityContext } from "@/lib/activity/context";
import type { Client } from "@/lib/activity/types";

export { getActivityOverview, listDormantAccounts, type ActivityOverview, type DormantAccount } from "@/lib/activity/overview-queries";
export { getIdentityActivitySummaries, listIdentityActivity, type IdentityActivitySummary, type IdentityActivityListQuery } from "@/lib/activity/identity-list-queries";
export { refreshRollup as refreshActivityRollup } from "@/lib/activity/rollup";
export { getActivitySeries, type ActivitySeries } from "@/lib/activity/series";
export { getActivityContext, listActivitySources, type ActivityContext } from "@/lib/activity/context";

export interface SignIn {
  userId: string;
  client: Client;
  ip: string;
  userAgent: string;
  isp: string | null;
  country: string | null;
  region: string | null;
  /** Unix seconds. */
  firstSeen: number;
  lastSeen: number;
  count: number;
}

export interface SubjectAccount {
  accountId: string | null;
  userId: string;
  displayName: string | null;
  email: string | null;
  role: string;
  kind: AccountKind;
  isActive: boolean;
  identityId: string | null;
  lastActive: number | null;
  billingActive: boolean | null;
  dormancy: Dormancy;
}

/** Everything an identity's (or an account's) Activity tab shows. Times are unix seconds, days YYYY-MM-DD (UTC). */
export interface SubjectActivity {
  accounts: SubjectAccount[];
  lastActive: number | null;
  lastActiveDay: string | null;
  daysActive30: number;
  daysActive90: number;
  daysActive90State: UsageState;
  observedFrom: string | null;
  /** 12 months, oldest first; orgAverage = identity-days / identities with Slack, orgAverageWhenActive = per active identity. */
  monthly: Array<MonthPoint & { orgAverage: number | null; orgAverageWhenActive: number | null }>;
  daily: DailyPoint[];
  clients: ReturnType<typeof accessesByClient>;
  signIns: SignIn[];
  countries: CountrySeen[];
  billingActive: boolean | null;
  dormancy: Dormancy;
}

type AccountRow = {
  id: string | null; native_id: string; display_name: string | null; email: string | null; role: string; is_bot: boolean; is_owner: boolean;
  is_primary_owner: boolean; is_admin: boolean; is_multi_channel_guest: boolean; is_single_channel_guest: boolean; account_type: string;
  is_active: boolean; removed_at: Date | null; identity_id: string | null;
};

const accountColumns = sql`id, native_id, display_name, email, role, is_bot, is_owner, is_primary_owner, is_admin, is_multi_channel_guest,
  is_single_channel_guest, account_type, is_active, removed_at, identity_id`;

async function subjectActivity(db: Db, ctx: ActivityContext, accounts: AccountRow[], now: Date, t: DormancyThresholds): Promise<SubjectActivity> {
  const users = JSON.stringify(accounts.map((a) => a.native_id));
  const months = lastMonths(today(now), 12);
  const [days, entries, billing] = await Promise.all([
    db.execute<{ day: string; accesses: number; clients: string[] }>(sql`
      select day::text as day, accesses, clients from activity_days
      where source_id = ${ctx.sourceId} and user_id = any(array(select jsonb_array_elements_text(${users}::jsonb))) and day >= ${months[0]}::date and day <= ${today(now)}::date`),
    db.execute<{ user_id: string; ip: string; user_agent: string; client: string; isp: string | null; country: string | null; region: string | null; date_first: string | number; date_last: string | number; count: number }>(sql`
      select user_id, ip, user_agent, client, isp, country, region, date_first, date_last, count from access_log_entries
      where source_id = ${ctx.sourceId} and user_id = any(array(select jsonb_array_elements_text(${users}::jsonb))) order by date_last desc limit 2000`),
    db.execute<{ user_id: string; billing_active: boolean }>(sql`
      select user_id, billing_active from billing_status where source_id = ${ctx.sourceId} and user_id = any(array(select jsonb_array_elements_text(${users}::jsonb)))`),
  ]);
  const signIns: SignIn[] = entries.rows.map((e) => ({
    userId: e.user_id, client: e.client as Client, ip: e.ip, userAgent: e.user_agent, isp: e.isp, country: e.country, region: e.region,
    firstSeen: Number(e.date_first), lastSeen: Number(e.date_last), count: Number(e.count),
  }));
  const billingBy = new Map(billing.rows.map((b) => [b.user_id, b.billing_active]));
  const lastBy = new Map<string, number>();
  for (const s of signIns) lastBy.set(s.userId, Math.max(lastBy.get(s.userId) ?? 0, s.lastSeen));
  const subjectAccounts: SubjectAccount[] = accounts.map((a) => {
    const kind = accountKind({ role: a.role, isBot: a.is_bot, isOwner: a.is_owner, isPrimaryOwner: a.is_primary_owner, isAdmin: a.is_admin,
      isMultiChannelGuest: a.is_multi_channel_guest, isSingleChannelGuest: a.is_single_channel_guest, accountType: a.account_type });
    const isActive = a.is_active && !a.removed_at;
    const lastActive = lastBy.get(a.native_id) ?? null;
    return {
      accountId: a.id, userId: a.native_id, displayName: a.display_name, email: a.email, role: a.role, kind, isActive, identityId: a.identity_id,
      lastActive, billingActive: billingBy.get(a.native_id) ?? null, dormancy: assessDormancy({ kind, lastActive, isActive }, now, t),
    };
  });
  const lastActive = signIns.length ? Math.max(...signIns.map((s) => s.lastSeen)) : null;
  const activeDays = days.rows.map((d) => d.day);
  const w90 = windowOf(now, 90);
  const w30 = windowOf(now, 30);
  const rollup = ctx.rollup;
  return {
    accounts: subjectAccounts,
    lastActive,
    lastActiveDay: lastActive === null ? null : utcDay(lastActive),
    daysActive30: countDaysIn(activeDays, w30.from, w30.to),
    daysActive90: countDaysIn(activeDays, w90.from, w90.to),
    daysActive90State: usageState(w90.from, ctx.completeFrom),
    observedFrom: ctx.completeFrom,
    monthly: monthlyView(activeDays, now, ctx.completeFrom).map((m) => {
      const r = rollup?.monthly[m.month];
      return { ...m, orgAverage: r && rollup.population ? r[2] / rollup.population : null, orgAverageWhenActive: r && r[0] ? r[2] / r[0] : null };
    }),
    daily: dailyView(days.rows.filter((d) => d.day >= addDays(today(now), -89)), now, ctx.completeFrom),
    clients: accessesByClient(signIns.map((s) => ({ client: s.client, count: s.count, dateLast: s.lastSeen }))),
    signIns,
    countries: countriesSeen(signIns.map((s) => ({ country: s.country, dateFirst: s.firstSeen, dateLast: s.lastSeen, count: s.count })), now),
    billingActive: billingBy.size ? [...billingBy.values()].some(Boolean) : null,
    dormancy: identityDormancy(subjectAccounts, now, t),
  };
}

export interface ActivityQuery {
  sourceId: string;
  now: Date;
  thresholds?: DormancyThresholds;
}

/** An identity's activity across its accounts in the linked Slack source; null if the source is unknown. */
export async function getIdentityActivity(db: Db, q: ActivityQuery & { identityId: string }): Promise<SubjectActivity | null> {
  const ctx = await getActivityContext(db, q.sourceId);
  if (!ctx || !/^[0-9a-f-]{36}$/i.test(q.identityId)) return null;
  const accounts = ctx.linkedSourceId
    ? (await db.execute<AccountRow>(sql`select ${accountColumns} from accounts where source_id = ${ctx.linkedSourceId} and identity_id = ${q.identityId}`)).rows
    : [];
  return subjectActivity(db, ctx, accounts, q.now, q.thresholds ?? DEFAULT_DORMANCY_THRESHOLDS);
}

/**
 * One account's activity, correlated or not: by account id (linked source) or by Slack user id, which
 * also works for users the Slack source has not aggregated.
 */
export async function getAccountActivity(db: Db, q: ActivityQuery & ({ accountId: string } | { userId: string })): Promise<SubjectActivity | null> {
  const ctx = await getActivityContext(db, q.sourceId);
  if (!ctx) return null;
  let rows: AccountRow[] = [];
  if ("accountId" in q) {
    if (!/^[0-9a-f-]{36}$/i.test(q.accountId) || !ctx.linkedSourceId) return null;
    rows = (await db.execute<AccountRow>(sql`select ${accountColumns} from accounts where source_id = ${ctx.linkedSourceId} and id = ${q.accountId}`)).rows;
    if (!rows.length) return null;
  } else {
    if (ctx.linkedSourceId) rows = (await db.execute<AccountRow>(sql`select ${accountColumns} from accounts where source_id = ${ctx.linkedSourceId} and native_id = ${q.userId}`)).rows;
    if (!rows.length) {
      rows = [{ id: null, native_id: q.userId, display_name: null, email: null, role: "member", is_bot: false, is_owner: false, is_primary_owner: false, is_admin: false,
        is_multi_channel_guest: false, is_single_channel_guest: false, account_type: "human", is_active: true, removed_at: null, identity_id: null }];
    }
  }
  return subjectActivity(db, ctx, rows, q.now, q.thresholds ?? DEFAULT_DORMANCY_THRESHOLDS);
}
