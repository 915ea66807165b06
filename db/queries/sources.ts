import { and, asc, desc, eq, ilike, ne, or, sql, type AnyColumn } from "drizzle-orm";
import type { Db } from "@/db/client";
import { governanceGroupMembers, governanceGroups, identities, sources, sourceTestResults, type Operator } from "@/db/schema";
import type { SourceAccessContext } from "@/lib/sources/access";
import { likePattern } from "@/lib/list-params";

/** Every column a page may see: never the sealed token. */
const publicColumns = {
  id: sources.id,
  name: sources.name,
  description: sources.description,
  connector: sources.connector,
  ownerIdentityId: sources.ownerIdentityId,
  governanceGroupId: sources.governanceGroupId,
  config: sources.config,
  secretHint: sources.secretHint,
  status: sources.status,
  teamId: sources.teamId,
  lastTestAt: sources.lastTestAt,
  lastTestOk: sources.lastTestOk,
  lastDataRunAt: sources.lastDataRunAt,
  schedule: sources.schedule,
  deleteThresholdPercent: sources.deleteThresholdPercent,
  createdAt: sources.createdAt,
  updatedAt: sources.updatedAt,
};

export type PublicSource = Awaited<ReturnType<typeof getSource>> & object;

export const sourceSortColumns = ["name", "connector", "owner", "status", "lastTest", "lastDataRun"] as const;
export type SourceSort = (typeof sourceSortColumns)[number];

const sortExpr: Record<SourceSort, AnyColumn> = {
  name: sources.name,
  connector: sources.connector,
  owner: identities.name,
  status: sources.status,
  lastTest: sources.lastTestAt,
  lastDataRun: sources.lastDataRunAt,
};

export async function listSources(db: Db, q: { q: string; sort: SourceSort; dir: "asc" | "desc" }) {
  const where = q.q ? or(ilike(sources.name, likePattern(q.q)), ilike(sources.description, likePattern(q.q))) : undefined;
  const order = q.dir === "desc" ? desc : asc;
  return db
    .select({ ...publicColumns, ownerName: identities.name, groupName: governanceGroups.name })
    .from(sources)
    .leftJoin(identities, eq(identities.id, sources.ownerIdentityId))
    .leftJoin(governanceGroups, eq(governanceGroups.id, sources.governanceGroupId))
    .where(where)
    .orderBy(sql`${order(sortExpr[q.sort])} nulls last`, asc(sources.id));
}

export async function getSource(db: Db, id: string) {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
  const [row] = await db
    .select({ ...publicColumns, ownerName: identities.name, ownerEmail: identities.email, groupName: governanceGroups.name })
    .from(sources)
    .leftJoin(identities, eq(identities.id, sources.ownerIdentityId))
    .leftJoin(governanceGroups, eq(governanceGroups.id, sources.governanceGroupId))
    .where(eq(sources.id, id));
  return row ?? null;
}

/** The sealed token, for connector calls only. */
export async function getSealedSecret(db: Db, id: string): Promise<string | null> {
  const [row] = await db.select({ s: sources.sealedSecret }).from(sources).where(eq(sources.id, id));
  return row?.s ?? null;
}

export async function sourceNameTaken(db: Db, name: string, exceptId?: string): Promise<boolean> {
  const [row] = await db
    .select({ id: sources.id })
    .from(sources)
    .where(and(eq(sql`lower(${sources.name})`, name.trim().toLowerCase()), exceptId ? ne(sources.id, exceptId) : undefined));
  return !!row;
}

export async function slackSourcesForLinking(db: Db) {
  return db.select({ id: sources.id, name: sources.name, status: sources.status, teamId: sources.teamId }).from(sources).where(eq(sources.connector, "slack")).orderBy(asc(sources.name));
}

export async function latestTestResult(db: Db, sourceId: string) {
  const [row] = await db.select().from(sourceTestResults).where(eq(sourceTestResults.sourceId, sourceId)).orderBy(desc(sourceTestResults.at)).limit(1);
  return row ?? null;
}

/** Who the operator is among identities (matched by email) and which governance groups they are in. */
export async function sourceAccessContext(db: Db, operator: Pick<Operator, "role" | "email" | "identityId">): Promise<SourceAccessContext> {
  let identityId = operator.identityId;
  if (!identityId) {
    const [idn] = await db.select({ id: identities.id }).from(identities).where(eq(sql`lower(${identities.email})`, operator.email.toLowerCase()));
    identityId = idn?.id ?? null;
  }
  const groups = identityId
    ? await db.select({ id: governanceGroupMembers.groupId }).from(governanceGroupMembers).where(eq(governanceGroupMembers.identityId, identityId))
    : [];
  return { role: operator.role, identityId, groupIds: new Set(groups.map((g) => g.id)) };
}
