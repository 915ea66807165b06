import { randomUUID } from "node:crypto";
import { accountTypeOf, roleOf, type ResolvedFlags } from "./roles";
import type { ListedAccount } from "./types";

/** The stored columns a run compares against (raw is not loaded: it is rewritten every run). */
export interface StoredAccount extends ResolvedFlags {
  id: string;
  nativeId: string;
  userName: string | null;
  displayName: string | null;
  realName: string | null;
  email: string | null;
  emails: string[];
  title: string | null;
  isActive: boolean;
  accountType: string;
  role: string;
  firstSeenAt: Date;
  updatedAt: Date;
  removedAt: Date | null;
}

/** One row to upsert: every column the run owns (never the correlation columns). */
export type AccountRow = Omit<StoredAccount, "removedAt"> & { raw: Record<string, unknown>; lastSeenAt: Date };

export type ChangeKind = "added" | "changed" | "deactivated" | "reactivated" | "removed" | "pending_removal";

export interface AccountChange {
  accountId: string;
  nativeId: string;
  kind: ChangeKind;
  attributes: string[];
}

export interface AccountPlan {
  rows: AccountRow[];
  changes: AccountChange[];
  /** Accounts held but missing from the complete listing. */
  removals: Array<{ id: string; nativeId: string }>;
  /** Accounts held and not removed before this run: the delete threshold's base. */
  currentCount: number;
}

/** Attributes whose change is reported; raw-only differences (time zone, avatar) are not. */
export const TRACKED = [
  "userName", "displayName", "realName", "email", "emails", "title", "isAdmin", "isOwner", "isPrimaryOwner",
  "isMultiChannelGuest", "isSingleChannelGuest", "isBot", "isInvited", "accountType", "role",
] as const satisfies ReadonlyArray<keyof StoredAccount>;

const FLAG_KEYS = ["isAdmin", "isOwner", "isPrimaryOwner", "isMultiChannelGuest", "isSingleChannelGuest", "isBot", "isInvited"] as const;

function resolveFlags(listed: ListedAccount, prev: StoredAccount | undefined): ResolvedFlags {
  const out = {} as ResolvedFlags;
  for (const k of FLAG_KEYS) out[k] = listed.flags[k] ?? prev?.[k] ?? false;
  return out;
}

function same(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((v, i) => v === b[i]);
  return a === b;
}

/**
 * Compares a complete listing with what the source holds and decides, per account, the row to write
 * and the change to report. Pure: the same inputs give the same plan, which is what lets an
 * interrupted apply simply run again.
 */
export function planAccounts(listed: ListedAccount[], stored: StoredAccount[], now: Date, newId: () => string = randomUUID): AccountPlan {
  const byNative = new Map(stored.map((s) => [s.nativeId, s]));
  const seen = new Set<string>();
  const rows: AccountRow[] = [];
  const changes: AccountChange[] = [];
  for (const l of listed) {
    seen.add(l.nativeId);
    const prev = byNative.get(l.nativeId);
    const flags = resolveFlags(l, prev);
    const next = {
      userName: l.userName, displayName: l.displayName, realName: l.realName, email: l.emails[0] ?? null, emails: l.emails,
      title: l.title, ...flags, accountType: accountTypeOf(flags), role: roleOf(flags),
    };
    const id = prev?.id ?? newId();
    const changed = prev ? TRACKED.filter((k) => !same(prev[k], next[k])) : [];
    let kind: ChangeKind | null = null;
    let attributes: string[] = changed;
    if (!prev) kind = "added";
    else if (prev.removedAt) {
      // Back in the listing after a removal: reported as added back, with what differs.
      kind = "added";
      attributes = ["removedAt", ...changed];
    } else if (prev.isActive && !l.isActive) kind = "deactivated";
    else if (!prev.isActive && l.isActive) kind = "reactivated";
    else if (changed.length) kind = "changed";
    if (kind) changes.push({ accountId: id, nativeId: l.nativeId, kind, attributes });
    rows.push({
      id, nativeId: l.nativeId, ...next, isActive: l.isActive, raw: l.raw,
      firstSeenAt: prev?.firstSeenAt ?? now, lastSeenAt: now,
      updatedAt: kind || !prev ? now : prev.updatedAt,
    });
  }
  const removals = stored.filter((s) => !s.removedAt && !seen.has(s.nativeId)).map((s) => ({ id: s.id, nativeId: s.nativeId }));
  for (const r of removals) changes.push({ accountId: r.id, nativeId: r.nativeId, kind: "removed", attributes: [] });
  return { rows, changes, removals, currentCount: stored.filter((s) => !s.removedAt).length };
}

/**
 * A retried apply (the worker died half-way) compares against accounts the first attempt already
 * wrote, so it would see them as unchanged. The first attempt's change rows are kept for those.
 */
export function mergeWithPriorAttempt(current: AccountChange[], prior: AccountChange[], listed: ReadonlySet<string>): AccountChange[] {
  const byNative = new Map(current.map((c) => [c.nativeId, c]));
  for (const p of prior) {
    if (p.kind === "pending_removal") continue;
    const stillValid = p.kind === "removed" ? !listed.has(p.nativeId) : listed.has(p.nativeId);
    if (!stillValid) continue;
    const now = byNative.get(p.nativeId);
    if (!now) byNative.set(p.nativeId, p);
    else if (p.kind === "added" && now.kind !== "added") {
      byNative.set(p.nativeId, { ...now, kind: "added", attributes: [...new Set([...p.attributes, ...now.attributes])] });
    }
  }
  return [...byNative.values()];
}

export interface ChangeCounts {
  added: number;
  changed: number;
  deactivated: number;
  reactivated: number;
  removed: number;
  unchanged: number;
}

export function countChanges(changes: AccountChange[], listedCount: number): ChangeCounts {
  const c: ChangeCounts = { added: 0, changed: 0, deactivated: 0, reactivated: 0, removed: 0, unchanged: 0 };
  for (const ch of changes) if (ch.kind !== "pending_removal") c[ch.kind]++;
  c.unchanged = listedCount - (c.added + c.changed + c.deactivated + c.reactivated);
  return c;
}
