import { and, asc, count, desc, eq, ilike, inArray, or, sql, type AnyColumn, type SQL } from "drizzle-orm";
import type { Db } from "@/db/client";
import { identities, type Identity } from "@/db/schema";
import type { IdentityInput } from "@/lib/identities/fields";
import { likePattern } from "@/lib/list-params";

export const identitySortColumns = ["name", "email", "department", "title", "lifecycle", "updated"] as const;
export type IdentitySort = (typeof identitySortColumns)[number];

const sortExpr: Record<IdentitySort, AnyColumn> = {
  name: identities.name,
  email: identities.email,
  department: identities.department,
  title: identities.title,
  lifecycle: identities.lifecycleState,
  updated: identities.updatedAt,
};

export interface IdentityListQuery {
  q: string;
  sort: IdentitySort;
  dir: "asc" | "desc";
  page: number;
  pageSize: number;
  department?: string;
  lifecycle?: string;
}

export async function listIdentities(db: Db, query: IdentityListQuery) {
  const filters: SQL[] = [];
  if (query.q) {
    const p = likePattern(query.q);
    filters.push(or(ilike(identities.name, p), ilike(identities.email, p), ilike(identities.department, p))!);
  }
  if (query.department) filters.push(eq(identities.department, query.department));
  if (query.lifecycle) filters.push(sql`${identities.lifecycleState} = ${query.lifecycle}`);
  const where = filters.length ? and(...filters) : undefined;
  const order = query.dir === "desc" ? desc : asc;
  const [rows, [{ total }]] = await Promise.all([
    db
      .select({
        id: identities.id,
        name: identities.name,
        email: identities.email,
        department: identities.department,
        title: identities.title,
        lifecycleState: identities.lifecycleState,
        updatedAt: identities.updatedAt,
      })
      .from(identities)
      .where(where)
      // id breaks ties so pages never repeat or skip a row.
      .orderBy(order(sortExpr[query.sort]), order(identities.id))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    db.select({ total: count() }).from(identities).where(where),
  ]);
  return { rows, total: Number(total) };
}

export async function getIdentity(db: Db, id: string): Promise<(Identity & { managerName: string | null; managerEmail: string | null }) | null> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
  const [row] = await db.select().from(identities).where(eq(identities.id, id));
  if (!row) return null;
  let manager: { name: string; email: string } | undefined;
  if (row.managerId) [manager] = await db.select({ name: identities.name, email: identities.email }).from(identities).where(eq(identities.id, row.managerId));
  return { ...row, managerName: manager?.name ?? null, managerEmail: manager?.email ?? null };
}

export async function findIdentityByEmail(db: Db, email: string): Promise<Identity | undefined> {
  const [row] = await db.select().from(identities).where(eq(sql`lower(${identities.email})`, email.trim().toLowerCase()));
  return row;
}

/** Which of these lowercase emails already belong to identities. */
export async function existingEmailKeys(db: Db, emailKeys: string[]): Promise<Set<string>> {
  const found = new Set<string>();
  for (let i = 0; i < emailKeys.length; i += 1000) {
    const chunk = emailKeys.slice(i, i + 1000);
    if (!chunk.length) continue;
    const rows = await db.select({ key: sql<string>`lower(${identities.email})` }).from(identities).where(inArray(sql`lower(${identities.email})`, chunk));
    for (const r of rows) found.add(r.key);
  }
  return found;
}

export async function searchIdentities(db: Db, q: string, limit = 10) {
  const p = likePattern(q.trim());
  return db
    .select({ id: identities.id, name: identities.name, email: identities.email, department: identities.department })
    .from(identities)
    .where(or(ilike(identities.name, p), ilike(identities.email, p)))
    .orderBy(asc(identities.name))
    .limit(limit);
}

export async function listDepartments(db: Db): Promise<string[]> {
  const rows = await db
    .selectDistinct({ d: identities.department })
    .from(identities)
    .where(sql`${identities.department} is not null`)
    .orderBy(asc(identities.department))
    .limit(500);
  return rows.map((r) => r.d!).filter(Boolean);
}

async function resolveManagerId(db: Db, managerEmail: string | undefined): Promise<string | null> {
  if (!managerEmail) return null;
  const m = await findIdentityByEmail(db, managerEmail);
  return m?.id ?? null;
}

export class DuplicateEmailError extends Error {}
export class UnknownManagerError extends Error {}

/**
 * The checks create and update share: the email is free (or this identity's own) and the manager
 * exists. Returns the stored columns.
 */
async function checkedValues(db: Db, input: IdentityInput, selfId?: string) {
  const clash = await findIdentityByEmail(db, input.email);
  if (clash && clash.id !== selfId) throw new DuplicateEmailError(`An identity with the email ${input.email} already exists`);
  const managerId = await resolveManagerId(db, input.managerEmail);
  if (input.managerEmail && !managerId) throw new UnknownManagerError(`No identity has the email ${input.managerEmail}`);
  if (selfId && managerId === selfId) throw new UnknownManagerError("An identity cannot be its own manager");
  return {
    name: input.name,
    email: input.email,
    employeeId: input.employeeId ?? null,
    department: input.department ?? null,
    title: input.title ?? null,
    managerId,
    lifecycleState: input.lifecycleState,
    attributes: input.attributes ?? {},
  };
}

export async function createIdentity(db: Db, input: IdentityInput): Promise<Identity> {
  const [row] = await db.insert(identities).values(await checkedValues(db, input)).returning();
  return row;
}

export async function updateIdentity(db: Db, id: string, input: IdentityInput): Promise<Identity> {
  const values = await checkedValues(db, input, id);
  const [row] = await db.update(identities).set({ ...values, updatedAt: new Date() }).where(eq(identities.id, id)).returning();
  return row;
}

export async function countIdentities(db: Db): Promise<number> {
  const [{ n }] = await db.select({ n: count() }).from(identities);
  return Number(n);
}

/** Attribute names found on identities (from extra CSV columns), for correlation rule choices. */
export async function identityAttributeKeys(db: Db): Promise<string[]> {
  const r = await db.execute<{ k: string }>(sql`select distinct jsonb_object_keys(attributes) as k from identities order by 1 limit 100`);
  return r.rows.map((x) => x.k).filter((k) => /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/.test(k));
}
