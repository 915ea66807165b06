import { and, count, eq, gte, min } from "drizzle-orm";
import type { Db } from "@/db/client";
import { signInAttempts } from "@/db/schema";

export const LOCKOUT_MAX_FAILURES = 5;
export const LOCKOUT_WINDOW_MS = 15 * 60 * 1000;

export interface LockoutStatus {
  locked: boolean;
  failures: number;
  /** When the oldest failure in the window ages out, so the lock lifts. */
  retryAt: Date | null;
}

export async function lockoutStatus(db: Db, emailKey: string, now = new Date()): Promise<LockoutStatus> {
  const since = new Date(now.getTime() - LOCKOUT_WINDOW_MS);
  const [row] = await db
    .select({ n: count(), oldest: min(signInAttempts.at) })
    .from(signInAttempts)
    .where(and(eq(signInAttempts.emailKey, emailKey), eq(signInAttempts.succeeded, false), gte(signInAttempts.at, since)));
  const failures = Number(row?.n ?? 0);
  const oldest = row?.oldest ? new Date(row.oldest) : null;
  const locked = failures >= LOCKOUT_MAX_FAILURES;
  return { locked, failures, retryAt: locked && oldest ? new Date(oldest.getTime() + LOCKOUT_WINDOW_MS) : null };
}

export async function recordSignInAttempt(db: Db, emailKey: string, succeeded: boolean, ip: string | null, at = new Date()): Promise<void> {
  await db.insert(signInAttempts).values({ emailKey, succeeded, ip, at });
}
