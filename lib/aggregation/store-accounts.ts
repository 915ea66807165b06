import { and, eq, inArray, isNull, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { accounts } from "@/db/schema";
import type { AccountRow, StoredAccount } from "./diff";

/** The database or a transaction on it. */
export type Executor = Pick<Db, "execute" | "select" | "insert" | "update" | "delete">;

/** Rows per statement: big enough to amortise a round trip, small enough to keep each statement short. */
export const CHUNK = 1000;

export async function loadStoredAccounts(db: Db, sourceId: string): Promise<StoredAccount[]> {
  return db
    .select({
      id: accounts.id, nativeId: accounts.nativeId, userName: accounts.userName, displayName: accounts.displayName,
      realName: accounts.realName, email: accounts.email, emails: accounts.emails, title: accounts.title,
      isAdmin: accounts.isAdmin, isOwner: accounts.isOwner, isPrimaryOwner: accounts.isPrimaryOwner,
      isMultiChannelGuest: accounts.isMultiChannelGuest, isSingleChannelGuest: accounts.isSingleChannelGuest,
      isBot: accounts.isBot, isInvited: accounts.isInvited, isActive: accounts.isActive, accountType: accounts.accountType,
      role: accounts.role, firstSeenAt: accounts.firstSeenAt, updatedAt: accounts.updatedAt, removedAt: accounts.removedAt,
    })
    .from(accounts)
    .where(eq(accounts.sourceId, sourceId));
}

function toRecord(r: AccountRow) {
  return {
    id: r.id, native_id: r.nativeId, user_name: r.userName, display_name: r.displayName, real_name: r.realName, email: r.email,
    emails: r.emails, title: r.title, is_admin: r.isAdmin, is_owner: r.isOwner, is_primary_owner: r.isPrimaryOwner,
    is_multi_channel_guest: r.isMultiChannelGuest, is_single_channel_guest: r.isSingleChannelGuest, is_bot: r.isBot,
    is_invited: r.isInvited, is_active: r.isActive, account_type: r.accountType, role: r.role, raw: r.raw,
    first_seen_at: r.firstSeenAt.toISOString(), last_seen_at: r.lastSeenAt.toISOString(), updated_at: r.updatedAt.toISOString(),
  };
}

/** Columns a run owns; identity_id and correlation belong to correlation and are never written here. */
const OWNED = [
  "user_name", "display_name", "real_name", "email", "emails", "title", "is_admin", "is_owner", "is_primary_owner",
  "is_multi_channel_guest", "is_single_channel_guest", "is_bot", "is_invited", "is_active", "account_type", "role", "raw",
  "last_seen_at", "updated_at",
];

const RECORD_TYPES = `id uuid, native_id text, user_name text, display_name text, real_name text, email text, emails jsonb,
  title text, is_admin boolean, is_owner boolean, is_primary_owner boolean, is_multi_channel_guest boolean,
  is_single_channel_guest boolean, is_bot boolean, is_invited boolean, is_active boolean, account_type text, role text,
  raw jsonb, first_seen_at timestamptz, last_seen_at timestamptz, updated_at timestamptz`;

/**
 * Upserts one chunk by (source_id, native_id). The chunk travels as a single JSON parameter expanded by
 * jsonb_to_recordset: one parameter instead of ~25 per row, which both drivers parse far faster.
 * Rewriting a row also clears removed_at: an account back in the listing is no longer removed.
 */
export async function upsertAccountChunk(db: Executor, sourceId: string, rows: AccountRow[]): Promise<void> {
  if (!rows.length) return;
  const payload = JSON.stringify(rows.map(toRecord));
  const columns = ["id", "native_id", ...OWNED, "first_seen_at"];
  await db.execute(sql`
    insert into accounts (source_id, ${sql.raw(columns.join(", "))}, removed_at)
    select ${sourceId}::uuid, ${sql.raw(columns.map((c) => `x.${c}`).join(", "))}, null
    from jsonb_to_recordset(${payload}::jsonb) as x(${sql.raw(RECORD_TYPES)})
    on conflict (source_id, native_id) do update set
      ${sql.raw(OWNED.map((c) => `${c} = excluded.${c}`).join(", "))}, removed_at = null`);
}

/** Marks accounts removed; their rows and history stay. Only accounts not already removed are touched. */
export async function markAccountsRemoved(db: Executor, sourceId: string, ids: string[], at: Date): Promise<void> {
  if (!ids.length) return;
  await db
    .update(accounts)
    .set({ removedAt: at, updatedAt: at })
    .where(and(eq(accounts.sourceId, sourceId), inArray(accounts.id, ids), isNull(accounts.removedAt)));
}
