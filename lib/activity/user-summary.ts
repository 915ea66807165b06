import { sql, type SQL } from "drizzle-orm";
import type { Db } from "@/db/client";
import { daysBetween } from "./days";

type Exec = Pick<Db, "execute">;

/**
 * activity_user_summary (db/schema/activity.ts): per user, the latest access and a bitmap of active
 * days. The statements that write access_log_entries and activity_days call these in the same
 * transaction, so the summary never disagrees with them.
 */

export interface UserDayBits {
  userId: string;
  /** Day of the bitmap's first bit (the user's earliest day in the batch). */
  from: string;
  /** "1" for the first day, then "0"/"1" for each following day up to the latest. */
  bits: string;
}

/** Bitmaps of the given (user, day) pairs, one per user; duplicates are harmless. */
export function dayBitsByUser(days: ReadonlyArray<{ userId: string; day: string }>): UserDayBits[] {
  const byUser = new Map<string, string[]>();
  for (const d of days) {
    const list = byUser.get(d.userId);
    if (list) list.push(d.day);
    else byUser.set(d.userId, [d.day]);
  }
  return [...byUser].map(([userId, list]) => {
    list.sort();
    const from = list[0];
    const bits = new Array<string>(daysBetween(from, list[list.length - 1]) + 1).fill("0");
    for (const day of list) bits[daysBetween(from, day)] = "1";
    return { userId, from, bits: bits.join("") };
  });
}

/** `bits` starting on day `from`, widened with zeros to start on `start` and end before `end` (dates). */
const widened = (from: SQL, bits: SQL, start: SQL, end: SQL) =>
  sql`(repeat('0', ${from} - ${start}) || ${bits}::text || repeat('0', ${end} - (${from} + length(${bits}))))::varbit`;

/** Sets the users' day bits (OR with what is stored; the bitmaps may start and end on different days). */
export async function mergeUserDays(tx: Exec, sourceId: string, days: ReadonlyArray<{ userId: string; day: string }>): Promise<void> {
  const rows = dayBitsByUser(days).map((b) => ({ user_id: b.userId, days_from: b.from, days: b.bits }));
  if (!rows.length) return;
  const oldFrom = sql`s.days_from`;
  const newFrom = sql`excluded.days_from`;
  const start = sql`least(${oldFrom}, ${newFrom})`;
  const end = sql`greatest(${oldFrom} + length(s.days), ${newFrom} + length(excluded.days))`;
  await tx.execute(sql`
    insert into activity_user_summary as s (source_id, user_id, days_from, days)
    select ${sourceId}, r.user_id, r.days_from::date, r.days::varbit
    from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as r(user_id text, days_from text, days text)
    on conflict (source_id, user_id) do update set
      days_from = coalesce(${start}, ${newFrom}),
      days = case when s.days_from is null then excluded.days
        else ${widened(oldFrom, sql`s.days`, start, end)} | ${widened(newFrom, sql`excluded.days`, start, end)} end`);
}

/** Raises the users' last access to the greatest date_last written for them. */
export async function raiseLastActive(tx: Exec, sourceId: string, writes: ReadonlyArray<{ userId: string; dateLast: number }>): Promise<void> {
  const latest = new Map<string, number>();
  for (const w of writes) latest.set(w.userId, Math.max(latest.get(w.userId) ?? -Infinity, w.dateLast));
  if (!latest.size) return;
  const rows = [...latest].map(([user_id, last_active]) => ({ user_id, last_active }));
  await tx.execute(sql`
    insert into activity_user_summary as s (source_id, user_id, last_active)
    select ${sourceId}, r.user_id, r.last_active
    from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as r(user_id text, last_active bigint)
    on conflict (source_id, user_id) do update set last_active = greatest(s.last_active, excluded.last_active)`);
}

/**
 * Recomputes a source's summary from access_log_entries and activity_days (data written by other means,
 * e.g. benchmarks; migration 0003 does the same for every source). The bitmap is built from runs of
 * days: each day contributes its gap since the previous one as zeros, then a one.
 */
export async function rebuildUserSummary(db: Db, sourceId: string): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.execute(sql`delete from activity_user_summary where source_id = ${sourceId}`);
    await tx.execute(sql`
      insert into activity_user_summary (source_id, user_id, last_active, days_from, days)
      select ${sourceId}, coalesce(l.user_id, d.user_id), l.last_active, d.days_from, coalesce(d.days, ''::varbit)
      from (select user_id, max(date_last) as last_active from access_log_entries where source_id = ${sourceId} group by user_id) l
      full join (
        select user_id, min(day) as days_from, string_agg(repeat('0', coalesce(day - prev - 1, 0)) || '1', '' order by day)::varbit as days
        from (select user_id, day, lag(day) over (partition by user_id order by day) as prev from activity_days where source_id = ${sourceId}) t
        group by user_id
      ) d on d.user_id = l.user_id`);
  });
}

/**
 * SQL: days active between `from` and `to` (inclusive, YYYY-MM-DD) for a summary row `alias`. The
 * substring is taken relative to the row's own first day; parts before it or after its end count zero.
 */
export function daysInWindow(alias: string, from: string, to: string): SQL {
  const a = sql.raw(alias);
  return sql`coalesce(bit_count(substring(${a}.days from (${from}::date - ${a}.days_from) + 1 for (${to}::date - ${from}::date + 1))), 0)::int`;
}
