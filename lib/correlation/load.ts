import { and, eq, isNull, sql, type SQL } from "drizzle-orm";
import type { Db } from "@/db/client";
import { accounts } from "@/db/schema";
import type { AccountValues, CorrelationRule, IdentityAttribute, IdentityValues } from "./rules";

/**
 * Reads only the identity columns the rules compare (50k identities × a few short strings), and
 * for `attribute:<key>` only that key of the jsonb, never the whole document.
 */
export async function loadIdentityValues(db: Db, rules: readonly CorrelationRule[]): Promise<IdentityValues[]> {
  const wanted = [...new Set<IdentityAttribute>(rules.map((r) => r.identityAttribute))];
  const columns: SQL[] = [sql`id`];
  wanted.forEach((attr, i) => {
    const alias = sql.raw(`v${i}`);
    if (attr === "email") columns.push(sql`email as ${alias}`);
    else if (attr === "employee_id") columns.push(sql`employee_id as ${alias}`);
    else if (attr === "name") columns.push(sql`name as ${alias}`);
    else columns.push(sql`attributes ->> ${attr.slice("attribute:".length)} as ${alias}`);
  });
  const result = await db.execute<Record<string, string | null>>(sql`select ${sql.join(columns, sql`, `)} from identities`);
  return result.rows.map((row) => {
    const identity: IdentityValues = { id: row.id!, attributes: {} };
    wanted.forEach((attr, i) => {
      const v = row[`v${i}`] ?? null;
      if (attr === "email") identity.email = v;
      else if (attr === "employee_id") identity.employeeId = v;
      else if (attr === "name") identity.name = v;
      else identity.attributes![attr.slice("attribute:".length)] = v;
    });
    return identity;
  });
}

export interface AccountForCorrelation extends AccountValues {
  id: string;
  identityId: string | null;
  correlation: string | null;
}

/** Every non-removed account of the source, with its current link and the comparable columns. */
export async function loadAccountsForCorrelation(db: Db, sourceId: string): Promise<AccountForCorrelation[]> {
  return db
    .select({
      id: accounts.id,
      identityId: accounts.identityId,
      correlation: accounts.correlation,
      email: accounts.email,
      userName: accounts.userName,
      displayName: accounts.displayName,
      realName: accounts.realName,
      nativeId: accounts.nativeId,
    })
    .from(accounts)
    .where(and(eq(accounts.sourceId, sourceId), isNull(accounts.removedAt)));
}
