import { asc, count, eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { operators } from "@/db/schema";
import type { Role } from "@/lib/auth/roles";

export async function operatorCount(db: Db): Promise<number> {
  const [{ n }] = await db.select({ n: count() }).from(operators);
  return Number(n);
}

export async function listOperators(db: Db) {
  return db
    .select({
      id: operators.id,
      email: operators.email,
      name: operators.name,
      role: operators.role,
      disabled: operators.disabled,
      mustChangePassword: operators.mustChangePassword,
      lastSignInAt: operators.lastSignInAt,
      createdAt: operators.createdAt,
    })
    .from(operators)
    .orderBy(asc(operators.email));
}

export async function findOperatorByEmail(db: Db, email: string) {
  const [row] = await db.select().from(operators).where(eq(sql`lower(${operators.email})`, email.trim().toLowerCase()));
  return row;
}

/**
 * Creates the first admin only while there is no operator at all. The check and the insert are one
 * statement under a lock, so two setup requests racing cannot both succeed.
 */
export async function createFirstAdmin(db: Db, input: { email: string; name: string; passwordHash: string }): Promise<string | null> {
  return db.transaction(async (tx) => {
    // Serialise concurrent setups: without the lock both could see an empty table.
    await tx.execute(sql`select pg_advisory_xact_lock(715001)`);
    const result = await tx.execute<{ id: string }>(sql`
      insert into operators (email, name, password_hash, role)
      select ${input.email}, ${input.name}, ${input.passwordHash}, 'admin'
      where not exists (select 1 from operators)
      returning id`);
    return result.rows[0]?.id ?? null;
  });
}

export async function countActiveAdmins(db: Db): Promise<number> {
  const [{ n }] = await db.select({ n: count() }).from(operators).where(sql`${operators.role} = 'admin' and not ${operators.disabled}`);
  return Number(n);
}

export type { Role };
