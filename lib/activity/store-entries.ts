import { sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { deriveChanges, type EntryWrite } from "./derive";
import type { GapEvidence } from "./gap-inference";
import { entryKey, type AccessLogEntry, type DayContribution, type StoredEntry } from "./types";
import { mergeUserDays, raiseLastActive } from "./user-summary";

type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];
type Exec = Pick<Db, "execute"> | Tx;

/** A page's outcome, for the run's counts and the end-of-sync gap inference. */
export interface PageApplied {
  newEntries: number;
  changedEntries: number;
  daysWritten: number;
  gaps: GapEvidence[];
  /** The earliest UTC day this page added activity to (null when it changed nothing). */
  minDay: string | null;
}

/** Slack ids, IPs and user agents in one JSON parameter: one round trip per statement on both drivers. */
const json = (value: unknown) => sql`${JSON.stringify(value)}::jsonb`;

/**
 * Stored roll-ups of every user on the page (not only the page's keys), so the caller also learns
 * when each user was last seen before this sync. One index probe per user (lateral join): with a
 * plain `in (…)`, PostgreSQL has no statistics yet for a source being back-filled, expects it to be
 * empty and scans the whole table for every page (seconds per page next to another large source).
 */
async function loadStored(tx: Exec, sourceId: string, userIds: string[]): Promise<StoredEntry[]> {
  const result = await tx.execute<{ user_id: string; ip: string; user_agent: string; date_first: string | number; date_last: string | number; count: number }>(sql`
    select e.user_id, e.ip, e.user_agent, e.date_first, e.date_last, e.count
    from jsonb_array_elements_text(${json(userIds)}) as u(user_id)
    cross join lateral (
      select user_id, ip, user_agent, date_first, date_last, count from access_log_entries
      where source_id = ${sourceId} and user_id = u.user_id
    ) e`);
  return result.rows.map((r) => ({
    userId: r.user_id,
    ip: r.ip,
    userAgent: r.user_agent,
    dateFirst: Number(r.date_first),
    dateLast: Number(r.date_last),
    count: Number(r.count),
  }));
}

async function upsertEntries(tx: Tx, sourceId: string, writes: EntryWrite[]): Promise<void> {
  if (!writes.length) return;
  const rows = writes.map((w) => ({
    user_id: w.userId, ip: w.ip, user_agent: w.userAgent, username: w.username, date_first: w.dateFirst, date_last: w.dateLast,
    count: w.count, isp: w.isp, country: w.country, region: w.region, client: w.client,
  }));
  // greatest/least keep the stored roll-up monotonic even if two runs ever race.
  await tx.execute(sql`
    insert into access_log_entries (source_id, user_id, ip, user_agent, username, date_first, date_last, count, isp, country, region, client)
    select ${sourceId}, r.user_id, r.ip, r.user_agent, r.username, r.date_first, r.date_last, r.count, r.isp, r.country, r.region, r.client
    from jsonb_to_recordset(${json(rows)}) as r(user_id text, ip text, user_agent text, username text, date_first bigint, date_last bigint,
      count int, isp text, country text, region text, client text)
    on conflict (source_id, user_id, ip, user_agent) do update set
      username = coalesce(excluded.username, access_log_entries.username),
      date_first = least(access_log_entries.date_first, excluded.date_first),
      date_last = greatest(access_log_entries.date_last, excluded.date_last),
      count = greatest(access_log_entries.count, excluded.count),
      isp = excluded.isp, country = excluded.country, region = excluded.region, client = excluded.client,
      last_synced_at = now()`);
  await raiseLastActive(tx, sourceId, writes);
}

/**
 * Adds accesses and merges clients/IPs into activity_days, and sets the days in the users' summary
 * bitmaps; returns the rows inserted or changed. Call it inside a transaction (both writes or neither).
 */
export async function upsertDays(tx: Tx, sourceId: string, days: DayContribution[]): Promise<number> {
  if (!days.length) return 0;
  await mergeUserDays(tx, sourceId, days);
  const rows = days.map((d) => ({ user_id: d.userId, day: d.day, accesses: d.accesses, clients: d.clients, ips: d.ips }));
  const result = await tx.execute<{ n: number }>(sql`
    with written as (
      insert into activity_days as d (source_id, user_id, day, accesses, clients, ips)
      select ${sourceId}, r.user_id, r.day::date, r.accesses, r.clients, r.ips
      from jsonb_to_recordset(${json(rows)}) as r(user_id text, day text, accesses int, clients jsonb, ips jsonb)
      on conflict (source_id, user_id, day) do update set
        accesses = d.accesses + excluded.accesses,
        clients = (select coalesce(jsonb_agg(distinct v order by v), '[]'::jsonb) from jsonb_array_elements(d.clients || excluded.clients) v),
        ips = (select coalesce(jsonb_agg(distinct v order by v), '[]'::jsonb) from jsonb_array_elements(d.ips || excluded.ips) v)
      -- An inferred day that is already known changes nothing; skip the write.
      where excluded.accesses > 0 or not (d.clients @> excluded.clients and d.ips @> excluded.ips)
      returning 1
    )
    select count(*)::int as n from written`);
  return Number(result.rows[0]?.n ?? 0);
}

/**
 * Applies one page of roll-ups atomically: entries and the days they prove land together or not at all,
 * so a crash or retry can neither lose a delta nor count it twice (the next attempt compares with what
 * was stored). The transaction holds no Slack call; the advisory lock serialises two runs of one source.
 * `lastSeen` collects, for users met for the first time in this sync, their latest access before it.
 */
export async function applyPage(db: Db, sourceId: string, entries: readonly AccessLogEntry[], lastSeen: Map<string, number>): Promise<PageApplied> {
  if (!entries.length) return { newEntries: 0, changedEntries: 0, daysWritten: 0, gaps: [], minDay: null };
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`activity:${sourceId}`}))`);
    const userIds = [...new Set(entries.map((e) => e.userId))];
    const storedRows = await loadStored(tx, sourceId, userIds);
    const stored = new Map<string, StoredEntry>();
    const latest = new Map<string, number>();
    for (const s of storedRows) {
      stored.set(entryKey(s), s);
      latest.set(s.userId, Math.max(latest.get(s.userId) ?? -Infinity, s.dateLast));
    }
    for (const u of userIds) if (!lastSeen.has(u)) lastSeen.set(u, latest.get(u) ?? -Infinity);
    const derived = deriveChanges(entries, stored);
    await upsertEntries(tx, sourceId, derived.writes);
    const daysWritten = await upsertDays(tx, sourceId, derived.days);
    const minDay = derived.days.reduce<string | null>((m, d) => (m === null || d.day < m ? d.day : m), null);
    return { newEntries: derived.newEntries, changedEntries: derived.changedEntries, daysWritten, gaps: derived.gaps, minDay };
  });
}
