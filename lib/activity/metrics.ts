import { addDays, DAY_SECONDS, daysInMonth, lastMonths, monthOf, utcDay } from "./days";
import type { Client } from "./types";

/**
 * Pure activity figures (DESIGN §7), shaped like ISC's usage API: days active in a 90-day window with a
 * COMPLETE/UNKNOWN state, days active per month, dormancy per account type. Every function takes `now`.
 */

export type UsageState = "COMPLETE" | "UNKNOWN";
export type AccountKind = "owner" | "admin" | "member" | "guest" | "bot";

/** Days without activity after which an account counts as dormant, per account type (bots are never dormant). */
export interface DormancyThresholds {
  owner: number;
  admin: number;
  member: number;
  guest: number;
}

export const DEFAULT_DORMANCY_THRESHOLDS: DormancyThresholds = { owner: 14, admin: 14, member: 30, guest: 30 };

export interface AccountFlags {
  role: string;
  isBot: boolean;
  isOwner: boolean;
  isPrimaryOwner: boolean;
  isAdmin: boolean;
  isMultiChannelGuest: boolean;
  isSingleChannelGuest: boolean;
  accountType: string;
}

export function accountKind(a: AccountFlags): AccountKind {
  if (a.isBot || a.role === "bot" || a.role === "slackbot" || a.accountType === "bot") return "bot";
  if (a.isPrimaryOwner || a.isOwner || a.role === "owner" || a.role === "primary_owner") return "owner";
  if (a.isAdmin || a.role === "admin") return "admin";
  if (a.isMultiChannelGuest || a.isSingleChannelGuest || a.accountType === "guest" || a.role.endsWith("guest")) return "guest";
  return "member";
}

export const isPrivileged = (kind: AccountKind) => kind === "owner" || kind === "admin";

export function thresholdDays(kind: AccountKind, t: DormancyThresholds): number | null {
  return kind === "bot" ? null : t[kind];
}

export function today(now: Date): string {
  return utcDay(Math.floor(now.getTime() / 1000));
}

/** The `days` UTC days ending with today (inclusive). */
export function windowOf(now: Date, days: number): { from: string; to: string } {
  const to = today(now);
  return { from: addDays(to, -(days - 1)), to };
}

/**
 * COMPLETE when every day of the window was observed by syncs, i.e. the window starts on or after the
 * first fully observed day (`completeFrom`, the back-fill's last day: before it, roll-ups only showed the
 * first and last day of each entry). UNKNOWN otherwise, or before any sync completed.
 */
export function usageState(windowFrom: string, completeFrom: string | null): UsageState {
  return completeFrom !== null && windowFrom >= completeFrom ? "COMPLETE" : "UNKNOWN";
}

export function countDaysIn(days: Iterable<string>, from: string, to: string): number {
  let n = 0;
  for (const d of new Set(days)) if (d >= from && d <= to) n++;
  return n;
}

export interface DayRow {
  day: string;
  accesses: number;
  clients: readonly string[];
}

export interface DailyPoint {
  day: string;
  active: boolean;
  accesses: number;
  clients: Client[];
  /** False before the first fully observed day: inactive there may mean unknown. */
  observed: boolean;
}

/** One point per day of the last `n` days (accounts' rows merged). */
export function dailyView(rows: readonly DayRow[], now: Date, completeFrom: string | null, n = 90): DailyPoint[] {
  const byDay = new Map<string, { accesses: number; clients: Set<string> }>();
  for (const r of rows) {
    const d = byDay.get(r.day) ?? { accesses: 0, clients: new Set<string>() };
    d.accesses += r.accesses;
    for (const c of r.clients) d.clients.add(c);
    byDay.set(r.day, d);
  }
  const { from } = windowOf(now, n);
  const out: DailyPoint[] = [];
  for (let i = 0; i < n; i++) {
    const day = addDays(from, i);
    const d = byDay.get(day);
    out.push({ day, active: !!d, accesses: d?.accesses ?? 0, clients: d ? ([...d.clients].sort() as Client[]) : [], observed: completeFrom !== null && day >= completeFrom });
  }
  return out;
}

export interface MonthPoint {
  /** YYYY-MM-01 */
  month: string;
  daysActive: number;
  /** Days of the month up to today. */
  daysElapsed: number;
  /** Whether the whole month (so far) was observed by syncs. */
  complete: boolean;
}

export function monthlyView(activeDays: Iterable<string>, now: Date, completeFrom: string | null, months = 12): MonthPoint[] {
  const t = today(now);
  const counts = new Map<string, number>();
  for (const d of new Set(activeDays)) if (d <= t) counts.set(monthOf(d), (counts.get(monthOf(d)) ?? 0) + 1);
  return lastMonths(t, months).map((month) => ({
    month,
    daysActive: counts.get(month) ?? 0,
    daysElapsed: monthOf(t) === month ? Number(t.slice(8, 10)) : daysInMonth(month),
    complete: completeFrom !== null && month >= completeFrom,
  }));
}

export interface DormancyInput {
  kind: AccountKind;
  /** Unix seconds of the latest access, null if never signed in. */
  lastActive: number | null;
  /** Deactivated or removed accounts cannot be dormant: they are already off. */
  isActive: boolean;
}

export interface Dormancy {
  status: "active" | "dormant" | "never_signed_in" | "excluded";
  kind: AccountKind;
  thresholdDays: number | null;
  daysSinceActive: number | null;
  /** Why it is flagged, for the dormant list; null when not flagged. */
  reason: string | null;
}

const KIND_LABEL: Record<AccountKind, string> = { owner: "owners", admin: "admins", member: "members", guest: "guests", bot: "bots" };

export function assessDormancy(a: DormancyInput, now: Date, t: DormancyThresholds = DEFAULT_DORMANCY_THRESHOLDS): Dormancy {
  const threshold = thresholdDays(a.kind, t);
  const nowS = Math.floor(now.getTime() / 1000);
  const daysSinceActive = a.lastActive === null ? null : Math.max(0, Math.floor((nowS - a.lastActive) / DAY_SECONDS));
  const base = { kind: a.kind, thresholdDays: threshold, daysSinceActive };
  if (threshold === null || !a.isActive) return { ...base, status: "excluded", reason: null };
  if (a.lastActive === null) return { ...base, status: "never_signed_in", reason: `Never signed in (${KIND_LABEL[a.kind]} are flagged after ${threshold} days)` };
  if (nowS - a.lastActive > threshold * DAY_SECONDS) {
    return { ...base, status: "dormant", reason: `No activity for ${daysSinceActive} days since ${utcDay(a.lastActive)}; the threshold for ${KIND_LABEL[a.kind]} is ${threshold} days` };
  }
  return { ...base, status: "active", reason: null };
}

const KIND_RANK: Record<AccountKind, number> = { owner: 4, admin: 3, member: 2, guest: 1, bot: 0 };

/**
 * An identity is judged on its active, non-bot accounts together: its latest access against the
 * strictest threshold among them (an admin account makes the person an admin for this purpose).
 */
export function identityDormancy(accounts: readonly DormancyInput[], now: Date, t: DormancyThresholds = DEFAULT_DORMANCY_THRESHOLDS): Dormancy {
  const eligible = accounts.filter((a) => a.isActive && a.kind !== "bot");
  if (!eligible.length) {
    const kind = accounts.reduce<AccountKind>((k, a) => (KIND_RANK[a.kind] > KIND_RANK[k] ? a.kind : k), "bot");
    return { status: "excluded", kind, thresholdDays: null, daysSinceActive: null, reason: null };
  }
  const kind = eligible.reduce<AccountKind>((k, a) => (KIND_RANK[a.kind] > KIND_RANK[k] ? a.kind : k), "guest");
  const lastActive = eligible.reduce<number | null>((m, a) => (a.lastActive !== null && (m === null || a.lastActive > m) ? a.lastActive : m), null);
  return assessDormancy({ kind, lastActive, isActive: true }, now, t);
}

export interface CountrySeen {
  country: string;
  firstSeen: number;
  lastSeen: number;
  accesses: number;
  /** First seen in the last 30 days. */
  isNew: boolean;
}

export function countriesSeen(entries: ReadonlyArray<{ country: string | null; dateFirst: number; dateLast: number; count: number }>, now: Date): CountrySeen[] {
  const byCountry = new Map<string, CountrySeen>();
  const recent = Math.floor(now.getTime() / 1000) - 30 * DAY_SECONDS;
  for (const e of entries) {
    if (!e.country) continue;
    const c = byCountry.get(e.country) ?? { country: e.country, firstSeen: e.dateFirst, lastSeen: e.dateLast, accesses: 0, isNew: false };
    c.firstSeen = Math.min(c.firstSeen, e.dateFirst);
    c.lastSeen = Math.max(c.lastSeen, e.dateLast);
    c.accesses += e.count;
    byCountry.set(e.country, c);
  }
  return [...byCountry.values()].map((c) => ({ ...c, isNew: c.firstSeen >= recent })).sort((a, b) => b.lastSeen - a.lastSeen);
}

/** Accesses per client, from the roll-ups (every access counted once). */
export function accessesByClient(entries: ReadonlyArray<{ client: string; count: number; dateLast: number }>): Array<{ client: Client; accesses: number; entries: number; lastSeen: number }> {
  const by = new Map<string, { client: Client; accesses: number; entries: number; lastSeen: number }>();
  for (const e of entries) {
    const c = by.get(e.client) ?? { client: e.client as Client, accesses: 0, entries: 0, lastSeen: 0 };
    c.accesses += e.count;
    c.entries++;
    c.lastSeen = Math.max(c.lastSeen, e.dateLast);
    by.set(e.client, c);
  }
  return [...by.values()].sort((a, b) => b.accesses - a.accesses);
}
