import { and, eq, inArray, isNull, sql } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/db/client";
import { accounts } from "@/db/schema";
import { getStoredSummary } from "@/db/queries/correlation";
import { applyAutoLinks, CHUNK, type Link } from "./apply";

/**
 * Creates identities from uncorrelated accounts and links them (correlation 'auto': the identity
 * carries the account's email, so the default rule would find the same link on the next run).
 *
 * Who is eligible:
 *  - 'all-uncorrelated-humans': non-removed, active (not deactivated in Slack) accounts with
 *    account_type 'human' (so no guests, no bots), no identity and no manual decision, and not
 *    ambiguous in the latest run (ambiguous means existing identities already claim the account;
 *    a new one would duplicate a person). Bulk-creating people for deactivated accounts would
 *    fill the directory with leavers nobody knows.
 *  - explicit ids: any non-removed account of the source without an identity except bots; guests
 *    and deactivated accounts are included because a person chose them, and so are accounts
 *    marked "no identity" (the explicit request replaces that decision).
 * An account without a usable email is skipped. When the email already belongs to an identity
 * (case-insensitively) the account is linked to it instead of creating a duplicate.
 * No transaction spans the whole batch (it would block PGlite); a crash half-way is repaired by
 * running it again, since created identities are then found by email and linked.
 */

export type AccountSelection = string[] | "all-uncorrelated-humans";

export type SkipReason = "notFound" | "removed" | "alreadyCorrelated" | "bot" | "noEmail" | "ambiguous";

export interface CreateIdentitiesResult {
  /** Identities created. */
  created: number;
  /** Accounts linked, to new or existing identities. */
  linked: number;
  /** Of `linked`: accounts whose email already belonged to an identity. */
  linkedExisting: number;
  skipped: number;
  skippedByReason: Record<SkipReason, number>;
  createdIdentityIds: string[];
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const emailSchema = z.email();

const candidateColumns = {
  id: accounts.id,
  email: accounts.email,
  realName: accounts.realName,
  displayName: accounts.displayName,
  userName: accounts.userName,
  accountType: accounts.accountType,
  isBot: accounts.isBot,
  identityId: accounts.identityId,
  removedAt: accounts.removedAt,
};
type Candidate = { id: string; email: string | null; realName: string | null; displayName: string | null; userName: string | null; accountType: string; isBot: boolean; identityId: string | null; removedAt: Date | null };

async function loadCandidates(db: Db, sourceId: string, selection: AccountSelection): Promise<{ rows: Candidate[]; notFound: number }> {
  if (selection === "all-uncorrelated-humans") {
    const rows = await db
      .select(candidateColumns)
      .from(accounts)
      .where(and(eq(accounts.sourceId, sourceId), isNull(accounts.removedAt), isNull(accounts.identityId), isNull(accounts.correlation), eq(accounts.accountType, "human"), eq(accounts.isBot, false), eq(accounts.isActive, true)));
    return { rows, notFound: 0 };
  }
  const ids = [...new Set(selection)];
  const valid = ids.filter((id) => uuidPattern.test(id));
  const rows: Candidate[] = [];
  for (let i = 0; i < valid.length; i += CHUNK) {
    rows.push(...(await db.select(candidateColumns).from(accounts).where(and(eq(accounts.sourceId, sourceId), inArray(accounts.id, valid.slice(i, i + CHUNK))))));
  }
  return { rows, notFound: ids.length - rows.length };
}

function displayName(a: Candidate, email: string): string {
  for (const v of [a.realName, a.displayName, a.userName]) if (v?.trim()) return v.trim();
  return email.split("@")[0];
}

export async function createIdentitiesFromAccounts(db: Db, sourceId: string, selection: AccountSelection, opts: { now?: Date } = {}): Promise<CreateIdentitiesResult> {
  const now = opts.now ?? new Date();
  const skippedByReason: Record<SkipReason, number> = { notFound: 0, removed: 0, alreadyCorrelated: 0, bot: 0, noEmail: 0, ambiguous: 0 };
  const { rows, notFound } = await loadCandidates(db, sourceId, selection);
  skippedByReason.notFound = notFound;
  const ambiguous = selection === "all-uncorrelated-humans" ? new Set((await getStoredSummary(db, sourceId))?.ambiguous.map((a) => a.accountId)) : new Set<string>();

  // One identity per lower-cased email, even when two accounts share it.
  const byEmail = new Map<string, { email: string; name: string; accountIds: string[] }>();
  for (const a of rows) {
    const email = a.email?.trim() ?? "";
    let reason: SkipReason | null = null;
    if (a.removedAt) reason = "removed";
    else if (a.identityId) reason = "alreadyCorrelated";
    else if (a.isBot || a.accountType === "bot") reason = "bot";
    else if (!emailSchema.safeParse(email).success) reason = "noEmail";
    else if (ambiguous.has(a.id)) reason = "ambiguous";
    if (reason) {
      skippedByReason[reason]++;
      continue;
    }
    const key = email.toLowerCase();
    const group = byEmail.get(key);
    if (group) group.accountIds.push(a.id);
    else byEmail.set(key, { email, name: displayName(a, email), accountIds: [a.id] });
  }

  const groups = [...byEmail.entries()];
  const createdIdentityIds: string[] = [];
  const identityByKey = new Map<string, string>();
  const createdKeys = new Set<string>();
  for (let i = 0; i < groups.length; i += CHUNK) {
    const chunk = groups.slice(i, i + CHUNK);
    const values = sql.join(
      chunk.map(([, g]) => sql`(${g.name}, ${g.email}, 'account')`),
      sql`, `,
    );
    // An email that already belongs to an identity is left alone here and linked below.
    const inserted = await db.execute<{ id: string; key: string }>(sql`
      insert into identities (name, email, source) values ${values}
      on conflict ((lower(email))) do nothing
      returning id, lower(email) as key`);
    for (const r of inserted.rows) {
      createdIdentityIds.push(r.id);
      createdKeys.add(r.key);
    }
    const keys = sql.join(
      chunk.map(([key]) => sql`${key}`),
      sql`, `,
    );
    const found = await db.execute<{ id: string; key: string }>(sql`select id, lower(email) as key from identities where lower(email) in (${keys})`);
    for (const r of found.rows) identityByKey.set(r.key, r.id);
  }

  const links: Link[] = [];
  const existingAccounts = new Set<string>();
  for (const [key, g] of groups) {
    const identityId = identityByKey.get(key);
    if (!identityId) continue;
    for (const accountId of g.accountIds) {
      links.push({ accountId, identityId });
      if (!createdKeys.has(key)) existingAccounts.add(accountId);
    }
  }
  const guard = selection === "all-uncorrelated-humans" ? "uncorrelated" : "unlinked";
  const linkedIds = new Set(await applyAutoLinks(db, links, now, guard));
  const linkedExisting = [...existingAccounts].filter((id) => linkedIds.has(id)).length;
  // Accounts linked by someone else between our read and the write count as already correlated.
  skippedByReason.alreadyCorrelated += links.length - linkedIds.size;
  const skipped = Object.values(skippedByReason).reduce((s, n) => s + n, 0);
  return { created: createdIdentityIds.length, linked: linkedIds.size, linkedExisting, skipped, skippedByReason, createdIdentityIds };
}
