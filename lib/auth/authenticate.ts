import { eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { operators, type Operator } from "@/db/schema";
import { lockoutStatus, recordSignInAttempt } from "./lockout";
import { verifyPassword } from "./password";

export type AuthenticateResult =
  | { ok: true; operator: Operator }
  | { ok: false; reason: "invalid" | "locked" | "disabled"; retryAt?: Date | null };

/**
 * The whole credential check, kept free of next-auth so it can be tested directly. A locked
 * email is refused before the password is looked at, and refusals while locked are not counted,
 * so the lock lifts when the window passes as promised.
 */
export async function authenticate(db: Db, email: string, password: string, ip: string | null, now = new Date()): Promise<AuthenticateResult> {
  const emailKey = email.trim().toLowerCase();
  const lock = await lockoutStatus(db, emailKey, now);
  if (lock.locked) return { ok: false, reason: "locked", retryAt: lock.retryAt };

  const [operator] = await db.select().from(operators).where(eq(sql`lower(${operators.email})`, emailKey));
  // Hash even when the operator is unknown so response time doesn't reveal which emails exist.
  const valid = await verifyPassword(password, operator?.passwordHash ?? "scrypt$16384$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAA");
  if (!operator || !valid) {
    await recordSignInAttempt(db, emailKey, false, ip, now);
    return { ok: false, reason: "invalid" };
  }
  if (operator.disabled) {
    await recordSignInAttempt(db, emailKey, false, ip, now);
    return { ok: false, reason: "disabled" };
  }
  await recordSignInAttempt(db, emailKey, true, ip, now);
  await db.update(operators).set({ lastSignInAt: now }).where(eq(operators.id, operator.id));
  return { ok: true, operator };
}
