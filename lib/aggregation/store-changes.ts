import { eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { accountChanges } from "@/db/schema";
import type { AccountChange, ChangeKind } from "./diff";
import { CHUNK } from "./store-accounts";

export async function loadRunChanges(db: Db, runId: string): Promise<AccountChange[]> {
  const rows = await db
    .select({ accountId: accountChanges.accountId, nativeId: accountChanges.nativeId, kind: accountChanges.kind, attributes: accountChanges.attributes })
    .from(accountChanges)
    .where(eq(accountChanges.runId, runId));
  return rows.map((r) => ({ accountId: r.accountId ?? "", nativeId: r.nativeId, kind: r.kind as ChangeKind, attributes: r.attributes }));
}

/**
 * Replaces a run's change rows in one transaction, so the set is either the old one or the new one,
 * never half of each. Written before any account is touched: if the worker dies later, the retried
 * run still finds the complete list of what it changed. Change rows may name accounts that the apply
 * has yet to insert, so account_id is filled in by linkChangesToAccounts afterwards.
 */
export async function replaceRunChanges(db: Db, runId: string, sourceId: string, changes: AccountChange[]): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.delete(accountChanges).where(eq(accountChanges.runId, runId));
    for (let i = 0; i < changes.length; i += CHUNK) {
      const payload = JSON.stringify(changes.slice(i, i + CHUNK).map((c) => ({ native_id: c.nativeId, kind: c.kind, attributes: c.attributes })));
      await tx.execute(sql`
        insert into account_changes (run_id, source_id, native_id, kind, attributes)
        select ${runId}::uuid, ${sourceId}::uuid, x.native_id, x.kind, x.attributes
        from jsonb_to_recordset(${payload}::jsonb) as x(native_id text, kind text, attributes jsonb)`);
    }
  });
}

/** Points each change row at its account by native id, once every account row exists. */
export async function linkChangesToAccounts(db: Db, runId: string, sourceId: string): Promise<void> {
  await db.execute(sql`
    update account_changes c set account_id = a.id
    from accounts a
    where c.run_id = ${runId}::uuid and c.account_id is null and a.source_id = ${sourceId}::uuid and a.native_id = c.native_id`);
}
