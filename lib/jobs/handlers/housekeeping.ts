import { lt } from "drizzle-orm";
import type { Db } from "@/db/client";
import { signInAttempts } from "@/db/schema";

/** Sign-in attempts only matter for the 15-minute lockout window; keep a day for the audit trail. */
export async function housekeeping(db: Db, now = new Date()): Promise<Record<string, number>> {
  const cutoff = new Date(now.getTime() - 24 * 60 * 60 * 1000);
  const deleted = await db.delete(signInAttempts).where(lt(signInAttempts.at, cutoff)).returning({ id: signInAttempts.id });
  return { signInAttemptsDeleted: deleted.length };
}
