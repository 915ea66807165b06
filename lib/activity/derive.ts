import { utcDay } from "./days";
import type { GapEvidence } from "./gap-inference";
import { clientFromUserAgent } from "./user-agent";
import { entryKey, type AccessLogEntry, type Client, type DayContribution, type StoredEntry } from "./types";

/** A row to upsert into access_log_entries: a new key, or a key whose roll-up grew. */
export interface EntryWrite extends AccessLogEntry {
  client: Client;
  isNew: boolean;
}

export interface Derivation {
  writes: EntryWrite[];
  days: DayContribution[];
  /** Grown entries with accesses we did not see; the sync infers gap days from them at its end. */
  gaps: GapEvidence[];
  newEntries: number;
  changedEntries: number;
}

/**
 * Keeps one entry per key: the same roll-up can come back on two pages (the `before` boundary is
 * inclusive, and entries move up the list while we page). The later, bigger roll-up wins.
 */
export function dedupeEntries(entries: readonly AccessLogEntry[]): AccessLogEntry[] {
  const byKey = new Map<string, AccessLogEntry>();
  for (const e of entries) {
    const key = entryKey(e);
    const seen = byKey.get(key);
    if (!seen || e.dateLast > seen.dateLast || (e.dateLast === seen.dateLast && e.count > seen.count)) byKey.set(key, e);
  }
  return [...byKey.values()];
}

class DayAccumulator {
  private readonly days = new Map<string, DayContribution>();

  add(userId: string, unixSeconds: number, accesses: number, client: Client, ip: string): void {
    const day = utcDay(unixSeconds);
    const key = `${userId}\u0001${day}`;
    let d = this.days.get(key);
    if (!d) {
      d = { userId, day, accesses: 0, clients: [], ips: [] };
      this.days.set(key, d);
    }
    d.accesses += accesses;
    if (!d.clients.includes(client)) d.clients.push(client);
    if (ip && !d.ips.includes(ip)) d.ips.push(ip);
  }

  list(): DayContribution[] {
    return [...this.days.values()];
  }
}

/**
 * Compares fresh roll-ups with what was stored and says which days they prove active (DESIGN §7).
 * Roll-ups only tell us the first and latest access of each (user, ip, user agent), so:
 * - a new entry proves activity on the day of date_first and of date_last (days between are unknown);
 * - a grown entry proves activity on the day of its new date_last, which gets the count delta.
 * Accesses are split so that, per user, the sum over days equals the sum of entry counts: a new entry
 * gives 1 to its first day and the rest to its last day. Applying the same roll-ups twice yields no
 * writes and no days, which is what makes re-runs and retries safe.
 */
export function deriveChanges(incoming: readonly AccessLogEntry[], stored: ReadonlyMap<string, StoredEntry>): Derivation {
  const acc = new DayAccumulator();
  const writes: EntryWrite[] = [];
  let newEntries = 0;
  let changedEntries = 0;
  const gaps: GapEvidence[] = [];
  for (const e of dedupeEntries(incoming)) {
    const client = clientFromUserAgent(e.userAgent);
    const prev = stored.get(entryKey(e));
    if (!prev) {
      newEntries++;
      writes.push({ ...e, client, isNew: true });
      if (utcDay(e.dateFirst) === utcDay(e.dateLast)) {
        acc.add(e.userId, e.dateLast, e.count, client, e.ip);
      } else {
        acc.add(e.userId, e.dateFirst, Math.min(1, e.count), client, e.ip);
        acc.add(e.userId, e.dateLast, Math.max(0, e.count - 1), client, e.ip);
      }
      continue;
    }
    const grew = e.dateLast > prev.dateLast || e.count > prev.count;
    if (!grew) continue;
    changedEntries++;
    // Never shrink what we keep: Slack's window may have dropped old accesses from the count.
    const merged: EntryWrite = {
      ...e,
      dateFirst: Math.min(e.dateFirst, prev.dateFirst),
      dateLast: Math.max(e.dateLast, prev.dateLast),
      count: Math.max(e.count, prev.count),
      client,
      isNew: false,
    };
    writes.push(merged);
    acc.add(e.userId, merged.dateLast, Math.max(0, e.count - prev.count), client, e.ip);
    if (e.dateFirst < prev.dateFirst) acc.add(e.userId, e.dateFirst, 0, client, e.ip);
    const unseen = e.count - prev.count - 1;
    if (unseen > 0 && utcDay(prev.dateLast) !== utcDay(e.dateLast)) gaps.push({ entry: e, client, unseen, previousLast: prev.dateLast });
  }
  return { writes, days: acc.list(), gaps, newEntries, changedEntries };
}
