"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { getDb } from "@/db";
import { createFirstAdmin } from "@/db/queries/operators";
import { recordAudit } from "@/lib/audit/record";
import { hashPassword, passwordRules } from "@/lib/auth/password";
import { clientIp } from "@/lib/auth/request";

export interface SetupState {
  error?: string;
  fieldErrors?: Record<string, string>;
  values?: { name?: string; email?: string };
}

const schema = z
  .object({
    name: z.string().trim().min(1, "Enter your name").max(200),
    email: z.string().trim().toLowerCase().pipe(z.email("Enter a valid email address")),
    password: z.string().min(passwordRules.minLength, `Use at least ${passwordRules.minLength} characters`).max(passwordRules.maxLength),
    confirm: z.string(),
  })
  .refine((v) => v.password === v.confirm, { path: ["confirm"], message: "The passwords do not match" });

/**
 * Public only until the first operator exists: createFirstAdmin refuses once any operator does,
 * so calling this action directly later changes nothing.
 */
export async function setupAction(_prev: SetupState, formData: FormData): Promise<SetupState> {
  const raw = Object.fromEntries(["name", "email", "password", "confirm"].map((k) => [k, String(formData.get(k) ?? "")]));
  const parsed = schema.safeParse(raw);
  const values = { name: raw.name, email: raw.email };
  if (!parsed.success) {
    const fieldErrors: Record<string, string> = {};
    for (const i of parsed.error.issues) fieldErrors[String(i.path[0])] ??= i.message;
    return { fieldErrors, values };
  }
  const db = await getDb();
  const id = await createFirstAdmin(db, { email: parsed.data.email, name: parsed.data.name, passwordHash: await hashPassword(parsed.data.password) });
  if (!id) return { error: "Setup has already been completed. Sign in instead." };
  await recordAudit(db, {
    actor: { id, email: parsed.data.email },
    action: "setup.first_admin_created",
    target: { type: "operator", id, label: parsed.data.email },
    ip: await clientIp(),
  });
  redirect("/sign-in?setup=done");
}
