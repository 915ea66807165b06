import { asc, count, eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { governanceGroupMembers, governanceGroups, identities } from "@/db/schema";

export async function listGovernanceGroups(db: Db) {
  return db
    .select({
      id: governanceGroups.id,
      name: governanceGroups.name,
      description: governanceGroups.description,
      updatedAt: governanceGroups.updatedAt,
      members: count(governanceGroupMembers.identityId),
    })
    .from(governanceGroups)
    .leftJoin(governanceGroupMembers, eq(governanceGroupMembers.groupId, governanceGroups.id))
    .groupBy(governanceGroups.id)
    .orderBy(asc(governanceGroups.name));
}

export async function getGovernanceGroup(db: Db, id: string) {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
  const [group] = await db.select().from(governanceGroups).where(eq(governanceGroups.id, id));
  if (!group) return null;
  const members = await db
    .select({ id: identities.id, name: identities.name, email: identities.email, department: identities.department, addedAt: governanceGroupMembers.addedAt })
    .from(governanceGroupMembers)
    .innerJoin(identities, eq(identities.id, governanceGroupMembers.identityId))
    .where(eq(governanceGroupMembers.groupId, id))
    .orderBy(asc(identities.name));
  return { ...group, members };
}

export async function groupNameTaken(db: Db, name: string, exceptId?: string): Promise<boolean> {
  const [row] = await db.select({ id: governanceGroups.id }).from(governanceGroups).where(eq(sql`lower(${governanceGroups.name})`, name.trim().toLowerCase()));
  return !!row && row.id !== exceptId;
}

export async function groupsOfIdentity(db: Db, identityId: string) {
  return db
    .select({ id: governanceGroups.id, name: governanceGroups.name })
    .from(governanceGroupMembers)
    .innerJoin(governanceGroups, eq(governanceGroups.id, governanceGroupMembers.groupId))
    .where(eq(governanceGroupMembers.identityId, identityId))
    .orderBy(asc(governanceGroups.name));
}
