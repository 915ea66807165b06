"use server";

import { getDb } from "@/db";
import { recordAudit } from "@/lib/audit/record";
import { signOut } from "@/lib/auth/config";
import { clientIp } from "@/lib/auth/request";
import { getCurrentOperator } from "@/lib/auth/session";

export async function signOutAction(): Promise<void> {
  const operator = await getCurrentOperator();
  if (operator) {
    await recordAudit(await getDb(), {
      actor: { id: operator.id, email: operator.email },
      action: "auth.sign_out",
      target: { type: "operator", id: operator.id, label: operator.email },
      ip: await clientIp(),
    });
  }
  await signOut({ redirectTo: "/sign-in" });
}
