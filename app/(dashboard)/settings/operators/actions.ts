"use server";

import { eq } from "drizzle-orm";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { countActiveAdmins, findOperatorByEmail } from "@/db/queries/operators";
import { operators } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record";
import { ActionError, authedAction } from "@/lib/auth/authed-action";
import { generateOneTimePassword, hashPassword } from "@/lib/auth/password";
import { roles } from "@/lib/auth/roles";

const roleField = z.enum(roles, { error: "Choose a role" });

export const addOperatorAction = authedAction(
  z.object({
    name: z.string().trim().min(1, "Enter a name").max(200),
    email: z.string().trim().toLowerCase().pipe(z.email("Enter a valid email address")),
    role: roleField,
  }),
  async ({ name, email, role }, { db, operator, ip }) => {
    if (await findOperatorByEmail(db, email)) throw new ActionError("Check the highlighted fields.", { email: ["An operator with this email already exists"] });
    const oneTimePassword = generateOneTimePassword();
    const [row] = await db
      .insert(operators)
      .values({ name, email, role, passwordHash: await hashPassword(oneTimePassword), mustChangePassword: true })
      .returning({ id: operators.id });
    await recordAudit(db, { actor: operator, action: "operator.created", target: { type: "operator", id: row.id, label: email }, details: { role }, ip });
    revalidatePath("/settings/operators");
    // Shown once to the admin, never stored in clear or logged.
    return { id: row.id, email, oneTimePassword };
  },
  { role: "admin" },
);

async function loadTarget(db: Parameters<Parameters<typeof authedAction>[1]>[1]["db"], id: string) {
  const [row] = await db.select().from(operators).where(eq(operators.id, id));
  if (!row) throw new ActionError("This operator no longer exists.");
  return row;
}

export const changeRoleAction = authedAction(
  z.object({ id: z.uuid(), role: roleField }),
  async ({ id, role }, { db, operator, ip }) => {
    const target = await loadTarget(db, id);
    if (target.role === role) return { id };
    if (target.role === "admin" && !target.disabled && (await countActiveAdmins(db)) <= 1) throw new ActionError("This is the last active admin. Make another operator an admin first.");
    await db.update(operators).set({ role, updatedAt: new Date() }).where(eq(operators.id, id));
    await recordAudit(db, { actor: operator, action: "operator.role_changed", target: { type: "operator", id, label: target.email }, details: { from: target.role, to: role }, ip });
    revalidatePath("/settings/operators");
    return { id };
  },
  { role: "admin" },
);

export const setOperatorDisabledAction = authedAction(
  z.object({ id: z.uuid(), disabled: z.boolean() }),
  async ({ id, disabled }, { db, operator, ip }) => {
    const target = await loadTarget(db, id);
    if (disabled && target.id === operator.id) throw new ActionError("You cannot disable your own account.");
    if (disabled && target.role === "admin" && !target.disabled && (await countActiveAdmins(db)) <= 1) throw new ActionError("This is the last active admin and cannot be disabled.");
    await db.update(operators).set({ disabled, updatedAt: new Date() }).where(eq(operators.id, id));
    await recordAudit(db, { actor: operator, action: disabled ? "operator.disabled" : "operator.enabled", target: { type: "operator", id, label: target.email }, ip });
    revalidatePath("/settings/operators");
    return { id };
  },
  { role: "admin" },
);
