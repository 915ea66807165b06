import { and, asc, count, eq, ilike, isNull, or, sql, type SQL } from "drizzle-orm";
import type { Db } from "@/db/client";
import { accountEntitlements, accounts, entitlements, identities } from "@/db/schema";
import { likePattern } from "@/lib/list-params";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Roles in the order people think of them (most privileged first), then groups by name. */
const roleOrder = sql`case ${entitlements.nativeId} when 'primary_owner' then 0 when 'owner' then 1 when 'admin' then 2 when 'member' then 3
  when 'multi_channel_guest' then 4 when 'single_channel_guest' then 5 when 'bot' then 6 else 7 end`;

const rolesFirst = sql`(${entitlements.kind} = 'role') desc`;

export interface EntitlementListQuery {
  q?: string;
  kind?: "group" | "role" | "all";
  /** Groups Slack no longer lists keep their row; hidden unless asked for. */
  includeRemoved?: boolean;
}

/** A source's entitlements with how many accounts hold each (removed accounts hold none: their links go). */
export async function listEntitlements(db: Db, sourceId: string, query: EntitlementListQuery = {}) {
  if (!UUID.test(sourceId)) return [];
  const where: SQL[] = [eq(entitlements.sourceId, sourceId)];
  if (query.kind && query.kind !== "all") where.push(eq(entitlements.kind, query.kind));
  if (!query.includeRemoved) where.push(isNull(entitlements.removedAt));
  if (query.q) {
    const p = likePattern(query.q);
    where.push(or(ilike(entitlements.name, p), ilike(entitlements.nativeId, p), ilike(entitlements.description, p))!);
  }
  const members = db
    .select({ entitlementId: accountEntitlements.entitlementId, n: count().as("n") })
    .from(accountEntitlements)
    .where(eq(accountEntitlements.sourceId, sourceId))
    .groupBy(accountEntitlements.entitlementId)
    .as("members");
  const rows = await db
    .select({
      id: entitlements.id, kind: entitlements.kind, nativeId: entitlements.nativeId, name: entitlements.name,
      description: entitlements.description, firstSeenAt: entitlements.firstSeenAt, lastSeenAt: entitlements.lastSeenAt,
      removedAt: entitlements.removedAt, memberCount: sql<number>`coalesce(${members.n}, 0)`.mapWith(Number),
    })
    .from(entitlements)
    .leftJoin(members, eq(members.entitlementId, entitlements.id))
    .where(and(...where))
    .orderBy(rolesFirst, roleOrder, asc(sql`lower(${entitlements.name})`), asc(entitlements.id));
  return rows;
}

export async function getEntitlement(db: Db, id: string) {
  if (!UUID.test(id)) return null;
  const [row] = await db.select().from(entitlements).where(eq(entitlements.id, id));
  return row ?? null;
}

/** Who holds an entitlement, by display name, a page at a time. */
export async function entitlementMembers(db: Db, entitlementId: string, page = 1, pageSize = 50) {
  if (!UUID.test(entitlementId)) return { rows: [], total: 0 };
  const where = eq(accountEntitlements.entitlementId, entitlementId);
  const [rows, [{ total }]] = await Promise.all([
    db
      .select({
        id: accounts.id, nativeId: accounts.nativeId, userName: accounts.userName, displayName: accounts.displayName,
        realName: accounts.realName, email: accounts.email, role: accounts.role, accountType: accounts.accountType,
        isActive: accounts.isActive, identityId: accounts.identityId, identityName: identities.name, since: accountEntitlements.firstSeenAt,
      })
      .from(accountEntitlements)
      .innerJoin(accounts, eq(accounts.id, accountEntitlements.accountId))
      .leftJoin(identities, eq(identities.id, accounts.identityId))
      .where(where)
      .orderBy(sql`lower(coalesce(${accounts.displayName}, ${accounts.realName}, ${accounts.userName})) nulls last`, asc(accounts.id))
      .limit(pageSize)
      .offset((Math.max(1, page) - 1) * pageSize),
    db.select({ total: count() }).from(accountEntitlements).where(where),
  ]);
  return { rows, total: Number(total) };
}
