"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { createIdentity, DuplicateEmailError, getIdentity, UnknownManagerError, updateIdentity } from "@/db/queries/identities";
import { recordAudit } from "@/lib/audit/record";
import { ActionError, authedAction } from "@/lib/auth/authed-action";
import { identityInputSchema } from "@/lib/identities/fields";

function friendly(err: unknown): never {
  if (err instanceof DuplicateEmailError) throw new ActionError("Check the highlighted fields.", { email: [err.message] });
  if (err instanceof UnknownManagerError) throw new ActionError("Check the highlighted fields.", { managerEmail: [err.message] });
  throw err;
}

export const createIdentityAction = authedAction(
  identityInputSchema,
  async (input, { db, operator, ip }) => {
    const row = await createIdentity(db, input).catch(friendly);
    await recordAudit(db, {
      actor: operator,
      action: "identity.created",
      target: { type: "identity", id: row.id, label: row.email },
      details: { name: row.name, department: row.department, lifecycleState: row.lifecycleState },
      ip,
    });
    revalidatePath("/identities");
    return { id: row.id };
  },
  { role: "admin" },
);

export const updateIdentityAction = authedAction(
  identityInputSchema.extend({ id: z.uuid() }),
  async ({ id, ...input }, { db, operator, ip }) => {
    const before = await getIdentity(db, id);
    if (!before) throw new ActionError("This identity no longer exists.");
    // The form does not edit imported attributes, so keep them unless new ones are given.
    const row = await updateIdentity(db, id, { ...input, attributes: { ...before.attributes, ...input.attributes } }).catch(friendly);
    const changed: Record<string, { from: unknown; to: unknown }> = {};
    for (const key of ["name", "email", "employeeId", "department", "title", "lifecycleState"] as const) {
      if ((before[key] ?? null) !== (row[key] ?? null)) changed[key] = { from: before[key] ?? null, to: row[key] ?? null };
    }
    await recordAudit(db, { actor: operator, action: "identity.updated", target: { type: "identity", id, label: row.email }, details: { changed }, ip });
    revalidatePath("/identities");
    revalidatePath(`/identities/${id}`);
    return { id };
  },
  { role: "admin" },
);
