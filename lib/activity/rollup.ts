import { sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { addDays, lastMonths, monthOf } from "./days";
import { mergeSyncDetails, readSyncState } from "./store-state";

/**
 * Organisation-wide activity series, cached in activity_sync_state.details.rollup. Counting distinct
 * active identities per day and per month reads every activity_days row of the period (seconds at
 * 10,000 people × a year on PGlite), far too slow for a page. Past days only change when a sync adds
 * activity to them or when accounts are (re)correlated, so each sync recomputes just the days and months
 * it touched, and everything when the account→identity mapping changed (mappingKey).
 */
export interface OrgRollup {
  version: 1;
  linkedSourceId: string | null;
  mappingKey: string;
  computedAt: string;
  /** day → [active identities, active Slack users] */
  daily: Record<string, [number, number]>;
  /** YYYY-MM-01 → [active identities, active Slack users, identity-days, user-days] */
  monthly: Record<string, [number, number, number, number]>;
  /** Identities with an active, non-bot account in the linked source when computed (averages divide by it). */
  population: number;
}

/** Daily figures kept: the Overview charts 90 days (a margin covers days without a sync). */
const KEEP_DAYS = 100;
/** Monthly figures kept: the charts show 12 months, the current one included. */
const KEEP_MONTHS = 13;

export async function linkedSourceOf(db: Db, activitySourceId: string): Promise<string | null> {
  const result = await db.execute<{ linked: string | null }>(sql`select config->>'linkedSourceId' as linked from sources where id = ${activitySourceId}`);
  const linked = result.rows[0]?.linked ?? null;
  return linked && /^[0-9a-f-]{36}$/i.test(linked) ? linked : null;
}

/** Changes whenever an account of the linked source is added, removed, (un)correlated or becomes/stops being a bot. */
export async function mappingKey(db: Db, linkedSourceId: string | null): Promise<string> {
  if (!linkedSourceId) return "unlinked";
  const result = await db.execute<{ n: number; k: string | null }>(sql`
    select count(*)::int as n, sum(hashtext(native_id || '|' || coalesce(identity_id::text, '') || '|' || is_bot::text))::text as k
    from accounts where source_id = ${linkedSourceId}`);
  const r = result.rows[0];
  return `${linkedSourceId}:${r?.n ?? 0}:${r?.k ?? 0}`;
}

/** Accounts that stand for people: correlated, not bots. */
const personAccounts = (linked: string | null) => sql`
  select native_id, identity_id from accounts
  where source_id = ${linked} and identity_id is not null and not is_bot`;

async function dailyFrom(db: Db, sourceId: string, linked: string | null, fromDay: string) {
  const result = await db.execute<{ day: string; identities: number; users: number }>(sql`
    select d.day::text as day, count(distinct a.identity_id)::int as identities, count(*)::int as users
    from activity_days d left join (${personAccounts(linked)}) a on a.native_id = d.user_id
    where d.source_id = ${sourceId} and d.day >= ${fromDay}::date
    group by d.day`);
  return result.rows;
}

async function monthlyFrom(db: Db, sourceId: string, linked: string | null, fromMonth: string, toMonth: string) {
  const result = await db.execute<{ month: string; identities: number; users: number; identity_days: number; user_days: number }>(sql`
    with months as (
      select m::date as month, ((m + interval '1 month')::date - m::date) as len
      from generate_series(${fromMonth}::date, ${toMonth}::date, interval '1 month') m
    ), per_user as (
      -- Days per user and month from the users' day bitmaps (user-summary.ts): one row per user, not one per day.
      select u.user_id, months.month, bit_count(substring(u.days from (months.month - u.days_from) + 1 for months.len))::int as days
      from activity_user_summary u join months on u.days_from < months.month + months.len and u.days_from + length(u.days) > months.month
      where u.source_id = ${sourceId}
    ), active_user as (
      select * from per_user where days > 0
    ), per_identity as (
      -- An identity with two accounts active on the same day counts that day once: only those
      -- (rare) identities need the day-level distinct count.
      select a.identity_id, u.month, case when count(*) = 1 then sum(u.days) else (
        select count(distinct d2.day) from activity_days d2 join (${personAccounts(linked)}) a2 on a2.native_id = d2.user_id
        where d2.source_id = ${sourceId} and a2.identity_id = a.identity_id and date_trunc('month', d2.day)::date = u.month
      ) end as days
      from active_user u join (${personAccounts(linked)}) a on a.native_id = u.user_id
      group by a.identity_id, u.month
    )
    select u.month::text as month, u.users, u.user_days, coalesce(i.identities, 0)::int as identities, coalesce(i.identity_days, 0)::int as identity_days
    from (select month, count(*)::int as users, sum(days)::int as user_days from active_user group by month) u
    left join (select month, count(*)::int as identities, sum(days)::int as identity_days from per_identity group by month) i on i.month = u.month`);
  return result.rows;
}

/** True when the stored series predate the current account→identity mapping (or another linked source). */
export async function isRollupStale(db: Db, rollup: OrgRollup, linkedSourceId: string | null): Promise<boolean> {
  return rollup.version !== 1 || rollup.linkedSourceId !== linkedSourceId || rollup.mappingKey !== (await mappingKey(db, linkedSourceId));
}

/**
 * Brings the stored series up to date and returns them. `fromDay`: the earliest day whose activity
 * changed (a sync passes the earliest day it wrote); `full`: recompute everything. Everything is
 * recomputed anyway when the account→identity mapping changed since the last computation, so calling
 * this after correlating accounts (with no options) is cheap when nothing changed.
 */
export async function refreshRollup(db: Db, sourceId: string, opts: { fromDay?: string | null; full?: boolean } = {}): Promise<OrgRollup> {
  const linked = await linkedSourceOf(db, sourceId);
  const key = await mappingKey(db, linked);
  const state = await readSyncState(db, sourceId);
  const previous = state.details.rollup as OrgRollup | undefined;
  const reuse = !opts.full && previous?.version === 1 && previous.mappingKey === key && previous.linkedSourceId === linked;
  if (reuse && !opts.fromDay) return previous!;
  const latest = await db.execute<{ day: string | null }>(sql`select max(day)::text as day from activity_days where source_id = ${sourceId}`);
  const lastDay = latest.rows[0]?.day ?? null;
  const population = await db.execute<{ n: number }>(sql`
    select count(distinct identity_id)::int as n from accounts
    where source_id = ${linked} and identity_id is not null and not is_bot and is_active and removed_at is null`);
  const rollup: OrgRollup = {
    version: 1, linkedSourceId: linked, mappingKey: key, computedAt: new Date().toISOString(), daily: {}, monthly: {}, population: Number(population.rows[0]?.n ?? 0),
  };
  if (lastDay) {
    const keepFrom = addDays(lastDay, -KEEP_DAYS);
    const fromDay = reuse && opts.fromDay! > keepFrom ? opts.fromDay! : keepFrom;
    const keepFromMonth = lastMonths(lastDay, KEEP_MONTHS)[0];
    const fromMonth = reuse && monthOf(opts.fromDay!) > keepFromMonth ? monthOf(opts.fromDay!) : keepFromMonth;
    if (reuse) {
      for (const [d, v] of Object.entries(previous!.daily)) if (d >= keepFrom && d < fromDay) rollup.daily[d] = v;
      for (const [m, v] of Object.entries(previous!.monthly)) if (m >= keepFromMonth && m < fromMonth) rollup.monthly[m] = v;
    }
    for (const r of await dailyFrom(db, sourceId, linked, fromDay)) rollup.daily[r.day] = [Number(r.identities), Number(r.users)];
    for (const r of await monthlyFrom(db, sourceId, linked, fromMonth, monthOf(lastDay))) {
      rollup.monthly[r.month] = [Number(r.identities), Number(r.users), Number(r.identity_days), Number(r.user_days)];
    }
  }
  await mergeSyncDetails(db, sourceId, { rollup, rollupDirtyFrom: null });
  return rollup;
}

/**
 * After accounts of a Slack source were (re)correlated: brings the series of every Activity Insights
 * source linked to it up to date, so the Overview's charts follow the new account→identity mapping
 * now rather than at the next sync. Recomputes only when the mapping really changed.
 */
export async function refreshRollupsLinkedTo(db: Db, slackSourceId: string): Promise<number> {
  const linked = await db.execute<{ id: string }>(sql`
    select s.id from sources s join activity_sync_state st on st.source_id = s.id
    where s.connector = 'activity-insights-slack' and s.config->>'linkedSourceId' = ${slackSourceId}`);
  for (const { id } of linked.rows) await refreshRollup(db, id);
  return linked.rows.length;
}
