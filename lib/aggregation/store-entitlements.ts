import { and, eq, inArray, isNull, notInArray, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { accountEntitlements, entitlements } from "@/db/schema";
import { CHUNK } from "./store-accounts";

export interface EntitlementInput {
  kind: "group" | "role";
  nativeId: string;
  name: string;
  description: string | null;
  raw: Record<string, unknown>;
}

export const entitlementKey = (kind: string, nativeId: string) => `${kind}:${nativeId}`;

/** Upserts groups and roles by (source, kind, native id); returns their ids keyed by entitlementKey. */
export async function upsertEntitlements(db: Db, sourceId: string, items: EntitlementInput[], now: Date): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (let i = 0; i < items.length; i += CHUNK) {
    const rows = await db
      .insert(entitlements)
      .values(items.slice(i, i + CHUNK).map((e) => ({ sourceId, ...e, firstSeenAt: now, lastSeenAt: now })))
      .onConflictDoUpdate({
        target: [entitlements.sourceId, entitlements.kind, entitlements.nativeId],
        set: { name: sql`excluded.name`, description: sql`excluded.description`, raw: sql`excluded.raw`, lastSeenAt: now, removedAt: null },
      })
      .returning({ id: entitlements.id, kind: entitlements.kind, nativeId: entitlements.nativeId });
    for (const r of rows) ids.set(entitlementKey(r.kind, r.nativeId), r.id);
  }
  return ids;
}

/** Groups a complete listing no longer shows keep their row, marked removed. */
export async function markMissingGroupsRemoved(db: Db, sourceId: string, listedNativeIds: string[], now: Date): Promise<number> {
  const conditions = [eq(entitlements.sourceId, sourceId), eq(entitlements.kind, "group"), isNull(entitlements.removedAt)];
  if (listedNativeIds.length) conditions.push(notInArray(entitlements.nativeId, listedNativeIds));
  const rows = await db.update(entitlements).set({ removedAt: now }).where(and(...conditions)).returning({ id: entitlements.id });
  return rows.length;
}

export type Link = readonly [accountId: string, entitlementId: string];

async function loadLinks(db: Db, sourceId: string): Promise<Set<string>> {
  const rows = await db
    .select({ a: accountEntitlements.accountId, e: accountEntitlements.entitlementId })
    .from(accountEntitlements)
    .where(eq(accountEntitlements.sourceId, sourceId));
  return new Set(rows.map((r) => `${r.a} ${r.e}`));
}

const pairsJson = (pairs: string[]) => JSON.stringify(pairs.map((p) => ({ a: p.slice(0, 36), e: p.slice(37) })));

/**
 * Makes the source's links exactly `desired`: inserts the new ones, deletes the ones the listing no
 * longer confirms, then stamps every remaining link with this run. Only the difference is inserted or
 * deleted; the stamping goes account chunk by account chunk, so no statement holds the database long.
 */
export async function syncLinks(db: Db, sourceId: string, runId: string, desired: Link[]): Promise<{ added: number; removed: number; total: number }> {
  const existing = await loadLinks(db, sourceId);
  const want = new Set(desired.map(([a, e]) => `${a} ${e}`));
  const toAdd = [...want].filter((k) => !existing.has(k));
  const toRemove = [...existing].filter((k) => !want.has(k));
  for (let i = 0; i < toAdd.length; i += CHUNK) {
    await db.execute(sql`
      insert into account_entitlements (account_id, entitlement_id, source_id, run_id)
      select x.a, x.e, ${sourceId}::uuid, ${runId}::uuid from jsonb_to_recordset(${pairsJson(toAdd.slice(i, i + CHUNK))}::jsonb) as x(a uuid, e uuid)
      on conflict (account_id, entitlement_id) do update set run_id = excluded.run_id`);
  }
  for (let i = 0; i < toRemove.length; i += CHUNK) {
    await db.execute(sql`
      delete from account_entitlements l using jsonb_to_recordset(${pairsJson(toRemove.slice(i, i + CHUNK))}::jsonb) as x(a uuid, e uuid)
      where l.account_id = x.a and l.entitlement_id = x.e`);
  }
  const accountIds = [...new Set(desired.map(([a]) => a))];
  for (let i = 0; i < accountIds.length; i += CHUNK) {
    await db
      .update(accountEntitlements)
      .set({ runId })
      .where(and(inArray(accountEntitlements.accountId, accountIds.slice(i, i + CHUNK)), sql`${accountEntitlements.runId} is distinct from ${runId}::uuid`));
  }
  return { added: toAdd.length, removed: toRemove.length, total: want.size };
}
