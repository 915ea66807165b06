import { and, eq, inArray, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { accountChanges } from "@/db/schema";
import type { AccountChange, ChangeKind } from "./diff";
import { CHUNK, type Executor } from "./store-accounts";

export async function loadRunChanges(db: Db, runId: string): Promise<AccountChange[]> {
  const rows = await db
    .select({ accountId: accountChanges.accountId, nativeId: accountChanges.nativeId, kind: accountChanges.kind, attributes: accountChanges.attributes })
    .from(accountChanges)
    .where(eq(accountChanges.runId, runId));
  return rows.map((r) => ({ accountId: r.accountId ?? "", nativeId: r.nativeId, kind: r.kind as ChangeKind, attributes: r.attributes }));
}

const sameChange = (a: AccountChange, b: AccountChange) =>
  a.kind === b.kind && a.accountId === b.accountId && a.attributes.length === b.attributes.length && a.attributes.every((x, i) => x === b.attributes[i]);

/**
 * Writes the change rows for some accounts, replacing what an earlier attempt of the same run wrote for
 * them. Called inside the transaction that writes those accounts, so an account's new state and its
 * change row land together: a retried run finds every account either untouched or fully recorded.
 */
export async function writeChanges(
  tx: Executor,
  runId: string,
  sourceId: string,
  nativeIds: readonly string[],
  wanted: ReadonlyMap<string, AccountChange>,
  prior: ReadonlyMap<string, AccountChange>,
): Promise<void> {
  const replace: string[] = [];
  const insert: AccountChange[] = [];
  for (const id of nativeIds) {
    const want = wanted.get(id);
    const had = prior.get(id);
    if (want && had && sameChange(want, had)) continue;
    if (had) replace.push(id);
    if (want) insert.push(want);
  }
  if (replace.length) {
    await tx.delete(accountChanges).where(and(eq(accountChanges.runId, runId), inArray(accountChanges.nativeId, replace)));
  }
  for (let i = 0; i < insert.length; i += CHUNK) {
    const payload = JSON.stringify(insert.slice(i, i + CHUNK).map((c) => ({ a: c.accountId, n: c.nativeId, k: c.kind, t: c.attributes })));
    await tx.execute(sql`
      insert into account_changes (run_id, source_id, account_id, native_id, kind, attributes)
      select ${runId}::uuid, ${sourceId}::uuid, x.a, x.n, x.k, x.t from jsonb_to_recordset(${payload}::jsonb) as x(a uuid, n text, k text, t jsonb)`);
  }
}
