import { and, asc, count, desc, eq, ilike, isNotNull, isNull, or, sql, type AnyColumn, type SQL } from "drizzle-orm";
import type { Db } from "@/db/client";
import { accountChanges, accountEntitlements, accounts, entitlements, identities, jobRuns, sources, type JobRun } from "@/db/schema";
import { likePattern } from "@/lib/list-params";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const accountSortColumns = ["displayName", "userName", "email", "role", "type", "status", "identity", "firstSeen", "lastSeen"] as const;
export type AccountSort = (typeof accountSortColumns)[number];
export const accountStatuses = ["active", "deactivated", "removed", "all"] as const;
export const accountTypes = ["human", "guest", "bot", "all"] as const;

/** 0 active, 1 deactivated, 2 removed: sorts and filters agree on what "status" means. */
const statusExpr = sql<number>`case when ${accounts.removedAt} is not null then 2 when not ${accounts.isActive} then 1 else 0 end`;

const sortExpr: Record<AccountSort, AnyColumn | SQL> = {
  displayName: sql`lower(coalesce(${accounts.displayName}, ${accounts.realName}, ${accounts.userName}))`,
  userName: accounts.userName,
  email: sql`lower(${accounts.email})`,
  role: accounts.role,
  type: accounts.accountType,
  status: statusExpr,
  identity: identities.name,
  firstSeen: accounts.firstSeenAt,
  lastSeen: accounts.lastSeenAt,
};

export interface AccountFilter {
  sourceId?: string;
  q: string;
  status: (typeof accountStatuses)[number];
  type: (typeof accountTypes)[number];
  role?: string;
  correlated: "yes" | "no" | "all";
  entitlementId?: string;
}

export interface AccountListQuery extends AccountFilter {
  sort: AccountSort;
  dir: "asc" | "desc";
  page: number;
  pageSize: number;
}

function filters(f: AccountFilter): SQL | undefined {
  const out: SQL[] = [];
  if (f.sourceId) out.push(eq(accounts.sourceId, f.sourceId));
  if (f.q) {
    const p = likePattern(f.q);
    out.push(or(ilike(accounts.displayName, p), ilike(accounts.realName, p), ilike(accounts.userName, p), ilike(accounts.email, p), ilike(accounts.nativeId, p))!);
  }
  if (f.status === "active") out.push(and(isNull(accounts.removedAt), eq(accounts.isActive, true))!);
  if (f.status === "deactivated") out.push(and(isNull(accounts.removedAt), eq(accounts.isActive, false))!);
  if (f.status === "removed") out.push(isNotNull(accounts.removedAt));
  if (f.type !== "all") out.push(eq(accounts.accountType, f.type));
  if (f.role) out.push(eq(accounts.role, f.role));
  if (f.correlated === "yes") out.push(isNotNull(accounts.identityId));
  if (f.correlated === "no") out.push(isNull(accounts.identityId));
  if (f.entitlementId) {
    out.push(sql`exists (select 1 from ${accountEntitlements} ae where ae.account_id = ${accounts.id} and ae.entitlement_id = ${f.entitlementId})`);
  }
  return out.length ? and(...out) : undefined;
}

/** What a list row shows: never the raw attributes (they can be large). */
const listColumns = {
  id: accounts.id, sourceId: accounts.sourceId, sourceName: sources.name, nativeId: accounts.nativeId, userName: accounts.userName,
  displayName: accounts.displayName, realName: accounts.realName, email: accounts.email, title: accounts.title, role: accounts.role,
  accountType: accounts.accountType, isActive: accounts.isActive, isInvited: accounts.isInvited, isAdmin: accounts.isAdmin,
  isOwner: accounts.isOwner, removedAt: accounts.removedAt, firstSeenAt: accounts.firstSeenAt, lastSeenAt: accounts.lastSeenAt,
  identityId: accounts.identityId, correlation: accounts.correlation, identityName: identities.name, identityEmail: identities.email,
};

export type AccountListRow = Awaited<ReturnType<typeof listAccounts>>["rows"][number];

export async function listAccounts(db: Db, query: AccountListQuery) {
  if (query.entitlementId && !UUID.test(query.entitlementId)) return { rows: [], total: 0 };
  const where = filters(query);
  const order = query.dir === "desc" ? desc : asc;
  const [rows, [{ total }]] = await Promise.all([
    db
      .select(listColumns)
      .from(accounts)
      .innerJoin(sources, eq(sources.id, accounts.sourceId))
      .leftJoin(identities, eq(identities.id, accounts.identityId))
      .where(where)
      // id breaks ties so pages never repeat or skip a row.
      .orderBy(sql`${order(sortExpr[query.sort])} nulls last`, order(accounts.id))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    db.select({ total: count() }).from(accounts).where(where),
  ]);
  return { rows, total: Number(total) };
}

/**
 * Every account matching the filter, in batches, for CSV export. Keyset paging on (source, Slack user
 * id) keeps each batch an index range scan however deep the export goes.
 */
export async function* exportAccounts(db: Db, filter: AccountFilter, batchSize = 1000): AsyncGenerator<AccountListRow[]> {
  if (filter.entitlementId && !UUID.test(filter.entitlementId)) return;
  let after: { sourceId: string; nativeId: string } | null = null;
  for (;;) {
    const keyset: SQL | undefined = after ? sql`(${accounts.sourceId}, ${accounts.nativeId}) > (${after.sourceId}::uuid, ${after.nativeId})` : undefined;
    const rows: AccountListRow[] = await db
      .select(listColumns)
      .from(accounts)
      .innerJoin(sources, eq(sources.id, accounts.sourceId))
      .leftJoin(identities, eq(identities.id, accounts.identityId))
      .where(and(filters(filter), keyset))
      .orderBy(asc(accounts.sourceId), asc(accounts.nativeId))
      .limit(batchSize);
    if (!rows.length) return;
    yield rows;
    if (rows.length < batchSize) return;
    const last = rows[rows.length - 1];
    after = { sourceId: last.sourceId, nativeId: last.nativeId };
  }
}

/** One account with its source, linked identity, entitlements and the changes runs recorded for it. */
export async function getAccount(db: Db, id: string) {
  if (!UUID.test(id)) return null;
  const [row] = await db
    .select({ account: accounts, sourceName: sources.name, identity: { id: identities.id, name: identities.name, email: identities.email } })
    .from(accounts)
    .innerJoin(sources, eq(sources.id, accounts.sourceId))
    .leftJoin(identities, eq(identities.id, accounts.identityId))
    .where(eq(accounts.id, id));
  if (!row) return null;
  const [ents, changes] = await Promise.all([
    db
      .select({ id: entitlements.id, kind: entitlements.kind, nativeId: entitlements.nativeId, name: entitlements.name, removedAt: entitlements.removedAt, since: accountEntitlements.firstSeenAt })
      .from(accountEntitlements)
      .innerJoin(entitlements, eq(entitlements.id, accountEntitlements.entitlementId))
      .where(eq(accountEntitlements.accountId, id))
      .orderBy(desc(entitlements.kind), asc(entitlements.name)),
    db
      .select({ runId: accountChanges.runId, kind: accountChanges.kind, attributes: accountChanges.attributes, at: sql<Date>`coalesce(${jobRuns.startedAt}, ${jobRuns.queuedAt})`.mapWith(jobRuns.queuedAt) })
      .from(accountChanges)
      .innerJoin(jobRuns, eq(jobRuns.id, accountChanges.runId))
      .where(eq(accountChanges.accountId, id))
      .orderBy(desc(jobRuns.queuedAt))
      .limit(20),
  ]);
  return { ...row.account, sourceName: row.sourceName, identity: row.identity?.id ? row.identity : null, entitlements: ents, changes };
}

/** The accounts correlated to one person, across sources. */
export async function accountsOfIdentity(db: Db, identityId: string) {
  if (!UUID.test(identityId)) return [];
  return db
    .select(listColumns)
    .from(accounts)
    .innerJoin(sources, eq(sources.id, accounts.sourceId))
    .leftJoin(identities, eq(identities.id, accounts.identityId))
    .where(eq(accounts.identityId, identityId))
    .orderBy(asc(sources.name), asc(accounts.nativeId));
}

/** A source's runs of one kind, newest first (the Aggregation page's history). */
export async function listSourceRuns(db: Db, sourceId: string, kind = "aggregate-accounts", limit = 20): Promise<JobRun[]> {
  return db.select().from(jobRuns).where(and(eq(jobRuns.sourceId, sourceId), eq(jobRuns.kind, kind))).orderBy(desc(jobRuns.queuedAt)).limit(limit);
}

/** What one run changed (or would remove), with the accounts' names, a page at a time. */
export async function listRunChanges(db: Db, runId: string, q: { kind?: string; page: number; pageSize: number }) {
  if (!UUID.test(runId)) return { rows: [], total: 0 };
  const where = and(eq(accountChanges.runId, runId), q.kind ? eq(accountChanges.kind, q.kind) : undefined);
  const [rows, [{ total }]] = await Promise.all([
    db
      .select({
        id: accountChanges.id, kind: accountChanges.kind, attributes: accountChanges.attributes, nativeId: accountChanges.nativeId,
        accountId: accountChanges.accountId, displayName: accounts.displayName, userName: accounts.userName, email: accounts.email,
      })
      .from(accountChanges)
      .leftJoin(accounts, eq(accounts.id, accountChanges.accountId))
      .where(where)
      .orderBy(asc(accountChanges.kind), asc(accountChanges.nativeId))
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize),
    db.select({ total: count() }).from(accountChanges).where(where),
  ]);
  return { rows, total: Number(total) };
}

/** Accounts per status for a source's header. */
export async function accountStatusCounts(db: Db, sourceId: string): Promise<{ active: number; deactivated: number; removed: number }> {
  const rows = await db.select({ status: statusExpr, n: count() }).from(accounts).where(eq(accounts.sourceId, sourceId)).groupBy(statusExpr);
  const out = { active: 0, deactivated: 0, removed: 0 };
  for (const r of rows) out[(["active", "deactivated", "removed"] as const)[Number(r.status)]] += Number(r.n);
  return out;
}
