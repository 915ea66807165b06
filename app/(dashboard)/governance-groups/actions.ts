"use server";

import { and, eq } from "drizzle-orm";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getGovernanceGroup, groupNameTaken } from "@/db/queries/governance";
import { governanceGroupMembers, governanceGroups, identities } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record";
import { ActionError, authedAction } from "@/lib/auth/authed-action";

const nameField = z.string().trim().min(1, "Enter a name").max(128, "Use at most 128 characters");
const descriptionField = z.string().trim().max(1000, "Use at most 1000 characters").optional().default("");

export const createGroupAction = authedAction(
  z.object({ name: nameField, description: descriptionField }),
  async ({ name, description }, { db, operator, ip }) => {
    if (await groupNameTaken(db, name)) throw new ActionError("Check the highlighted fields.", { name: ["A governance group with this name already exists"] });
    const [row] = await db.insert(governanceGroups).values({ name, description: description || null }).returning();
    await recordAudit(db, { actor: operator, action: "governance_group.created", target: { type: "governance_group", id: row.id, label: name }, ip });
    revalidatePath("/governance-groups");
    return { id: row.id };
  },
  { role: "admin" },
);

export const renameGroupAction = authedAction(
  z.object({ id: z.uuid(), name: nameField, description: descriptionField }),
  async ({ id, name, description }, { db, operator, ip }) => {
    const before = await getGovernanceGroup(db, id);
    if (!before) throw new ActionError("This governance group no longer exists.");
    if (await groupNameTaken(db, name, id)) throw new ActionError("Check the highlighted fields.", { name: ["A governance group with this name already exists"] });
    await db.update(governanceGroups).set({ name, description: description || null, updatedAt: new Date() }).where(eq(governanceGroups.id, id));
    await recordAudit(db, {
      actor: operator,
      action: "governance_group.renamed",
      target: { type: "governance_group", id, label: name },
      details: { from: before.name, to: name },
      ip,
    });
    revalidatePath("/governance-groups");
    revalidatePath(`/governance-groups/${id}`);
    return { id };
  },
  { role: "admin" },
);

export const deleteGroupAction = authedAction(
  z.object({ id: z.uuid() }),
  async ({ id }, { db, operator, ip }) => {
    const group = await getGovernanceGroup(db, id);
    if (!group) throw new ActionError("This governance group no longer exists.");
    await db.delete(governanceGroups).where(eq(governanceGroups.id, id));
    await recordAudit(db, {
      actor: operator,
      action: "governance_group.deleted",
      target: { type: "governance_group", id, label: group.name },
      details: { members: group.members.length },
      ip,
    });
    revalidatePath("/governance-groups");
    return { id };
  },
  { role: "admin" },
);

export const addMemberAction = authedAction(
  z.object({ groupId: z.uuid(), identityId: z.uuid() }),
  async ({ groupId, identityId }, { db, operator, ip }) => {
    const group = await getGovernanceGroup(db, groupId);
    if (!group) throw new ActionError("This governance group no longer exists.");
    const [person] = await db.select({ id: identities.id, email: identities.email, name: identities.name }).from(identities).where(eq(identities.id, identityId));
    if (!person) throw new ActionError("That identity no longer exists.");
    if (group.members.some((m) => m.id === identityId)) throw new ActionError(`${person.name} is already a member.`);
    await db.insert(governanceGroupMembers).values({ groupId, identityId }).onConflictDoNothing();
    await recordAudit(db, {
      actor: operator,
      action: "governance_group.member_added",
      target: { type: "governance_group", id: groupId, label: group.name },
      details: { identityId, identity: person.email },
      ip,
    });
    revalidatePath(`/governance-groups/${groupId}`);
    return { name: person.name };
  },
  { role: "admin" },
);

export const removeMemberAction = authedAction(
  z.object({ groupId: z.uuid(), identityId: z.uuid() }),
  async ({ groupId, identityId }, { db, operator, ip }) => {
    const group = await getGovernanceGroup(db, groupId);
    if (!group) throw new ActionError("This governance group no longer exists.");
    const member = group.members.find((m) => m.id === identityId);
    if (!member) throw new ActionError("That identity is not a member.");
    await db.delete(governanceGroupMembers).where(and(eq(governanceGroupMembers.groupId, groupId), eq(governanceGroupMembers.identityId, identityId)));
    await recordAudit(db, {
      actor: operator,
      action: "governance_group.member_removed",
      target: { type: "governance_group", id: groupId, label: group.name },
      details: { identityId, identity: member.email },
      ip,
    });
    revalidatePath(`/governance-groups/${groupId}`);
    return { id: identityId };
  },
  { role: "admin" },
);
