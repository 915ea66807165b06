"use server";

import { eq } from "drizzle-orm";
import { redirect } from "next/navigation";
import { z } from "zod";
import { getDb } from "@/db";
import { operators } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record";
import { hashPassword, passwordRules, verifyPassword } from "@/lib/auth/password";
import { clientIp } from "@/lib/auth/request";
import { getCurrentOperator } from "@/lib/auth/session";

export interface ChangePasswordState {
  error?: string;
  fieldErrors?: Record<string, string>;
}

const schema = z
  .object({
    current: z.string().min(1, "Enter your current password"),
    password: z.string().min(passwordRules.minLength, `Use at least ${passwordRules.minLength} characters`).max(passwordRules.maxLength),
    confirm: z.string(),
  })
  .refine((v) => v.password === v.confirm, { path: ["confirm"], message: "The passwords do not match" })
  .refine((v) => v.password !== v.current, { path: ["password"], message: "Choose a password different from the current one" });

/**
 * Not wrapped in authedAction because an operator who must change a one-time password is
 * exactly who authedAction turns away; it authenticates the session itself instead.
 */
export async function changePasswordAction(_prev: ChangePasswordState, formData: FormData): Promise<ChangePasswordState> {
  const operator = await getCurrentOperator();
  if (!operator) return { error: "Your session has ended. Sign in again." };
  const parsed = schema.safeParse(Object.fromEntries(["current", "password", "confirm"].map((k) => [k, String(formData.get(k) ?? "")])));
  if (!parsed.success) {
    const fieldErrors: Record<string, string> = {};
    for (const i of parsed.error.issues) fieldErrors[String(i.path[0])] ??= i.message;
    return { fieldErrors };
  }
  if (!(await verifyPassword(parsed.data.current, operator.passwordHash))) return { fieldErrors: { current: "The current password is not right" } };
  const db = await getDb();
  await db
    .update(operators)
    .set({ passwordHash: await hashPassword(parsed.data.password), mustChangePassword: false, updatedAt: new Date() })
    .where(eq(operators.id, operator.id));
  await recordAudit(db, { actor: { id: operator.id, email: operator.email }, action: "operator.password_changed", target: { type: "operator", id: operator.id, label: operator.email }, ip: await clientIp() });
  redirect("/");
}
