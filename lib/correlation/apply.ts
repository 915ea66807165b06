import { sql, type SQL } from "drizzle-orm";
import type { Db } from "@/db/client";

/**
 * Bulk writes of correlation results. Each chunk is one short statement in its own implicit
 * transaction: PGlite serialises the whole process, so one long transaction over 100k accounts
 * would freeze the UI. A crash between chunks is harmless because correlation is idempotent: the
 * next run recomputes every link from scratch.
 */
export const CHUNK = 1000;

export interface Link {
  accountId: string;
  identityId: string;
}

/**
 * Which accounts a chunk may change, re-checked at write time because a person (or another run)
 * may act between our read and this write:
 *  - notManual:   a correlation run; a person's decision always wins
 *  - uncorrelated: creating identities for "all uncorrelated"; only still-untouched accounts
 *  - unlinked:    creating identities for accounts a person listed; may replace "no identity"
 */
export type LinkGuard = "notManual" | "uncorrelated" | "unlinked";

const guards: Record<LinkGuard, SQL> = {
  notManual: sql`a.correlation is distinct from 'manual'`,
  uncorrelated: sql`a.identity_id is null and a.correlation is null`,
  unlinked: sql`a.identity_id is null`,
};

/**
 * Sets automatic links; returns the ids of the accounts actually linked. The join on identities
 * skips an identity deleted in the meantime instead of failing the whole chunk on the foreign key.
 */
export async function applyAutoLinks(db: Db, links: readonly Link[], now: Date, guard: LinkGuard = "notManual"): Promise<string[]> {
  const applied: string[] = [];
  for (let i = 0; i < links.length; i += CHUNK) {
    const values = sql.join(
      links.slice(i, i + CHUNK).map((l) => sql`(${l.accountId}::uuid, ${l.identityId}::uuid)`),
      sql`, `,
    );
    const r = await db.execute<{ id: string }>(sql`
      update accounts a
      set identity_id = v.identity_id, correlation = 'auto', correlated_at = ${now.toISOString()}::timestamptz
      from (values ${values}) as v(account_id, identity_id)
      join identities i on i.id = v.identity_id
      where a.id = v.account_id and ${guards[guard]}
      returning a.id`);
    for (const row of r.rows) applied.push(row.id);
  }
  return applied;
}

/** Removes automatic links that no longer hold; manual decisions are never touched. */
export async function removeAutoLinks(db: Db, accountIds: readonly string[]): Promise<number> {
  let removed = 0;
  for (let i = 0; i < accountIds.length; i += CHUNK) {
    const values = sql.join(
      accountIds.slice(i, i + CHUNK).map((id) => sql`(${id}::uuid)`),
      sql`, `,
    );
    const r = await db.execute<{ id: string }>(sql`
      update accounts a
      set identity_id = null, correlation = null, correlated_at = null
      from (values ${values}) as v(account_id)
      where a.id = v.account_id and a.correlation is distinct from 'manual'
      returning a.id`);
    removed += r.rows.length;
  }
  return removed;
}
