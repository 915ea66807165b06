import crypto from "node:crypto";
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { accounts, identities, sources } from "@/db/schema";

/** Rows for integration tests, inserted directly: no aggregation, no Slack. */

export async function insertSource(db: Db, name = `Slack ${crypto.randomBytes(4).toString("hex")}`): Promise<string> {
  const [row] = await db.insert(sources).values({ name, connector: "slack" }).returning({ id: sources.id });
  return row.id;
}

type IdentityRow = typeof identities.$inferInsert;
type AccountRow = Omit<typeof accounts.$inferInsert, "sourceId">;

/** Inserts in chunks (a 20k-row insert in one statement would exceed the parameter limit). */
export async function insertIdentities(db: Db, rows: IdentityRow[]): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < rows.length; i += 1000) {
    const out = await db.insert(identities).values(rows.slice(i, i + 1000)).returning({ id: identities.id });
    ids.push(...out.map((r) => r.id));
  }
  return ids;
}

export async function insertAccounts(db: Db, sourceId: string, rows: AccountRow[]): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < rows.length; i += 1000) {
    const out = await db
      .insert(accounts)
      .values(rows.slice(i, i + 1000).map((r) => ({ ...r, sourceId })))
      .returning({ id: accounts.id });
    ids.push(...out.map((r) => r.id));
  }
  return ids;
}

export async function linkOf(db: Db, accountId: string): Promise<{ identityId: string | null; correlation: string | null }> {
  const [row] = await db.select({ identityId: accounts.identityId, correlation: accounts.correlation }).from(accounts).where(eq(accounts.id, accountId));
  return row;
}
