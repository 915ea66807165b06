import { eq } from "drizzle-orm";
import { redirect } from "next/navigation";
import { cache } from "react";
import { getDb } from "@/db";
import { operators, type Operator } from "@/db/schema";
import { auth } from "./config";
import { hasRole, type Role } from "./roles";

/**
 * The signed-in operator, read fresh from the database on every request: a disabled operator or
 * a changed role takes effect at once, whatever the session cookie says.
 */
export const getCurrentOperator = cache(async (): Promise<Operator | null> => {
  const session = await auth();
  const id = session?.user?.id;
  if (!id) return null;
  const db = await getDb();
  const [operator] = await db.select().from(operators).where(eq(operators.id, id));
  if (!operator || operator.disabled) return null;
  return operator;
});

/** For pages: sends anonymous visitors to sign in and others without the role to /forbidden. */
export async function requireOperator(role: Role = "viewer"): Promise<Operator> {
  const operator = await getCurrentOperator();
  if (!operator) redirect("/sign-in");
  if (operator.mustChangePassword) redirect("/change-password");
  if (!hasRole(operator.role, role)) redirect("/forbidden");
  return operator;
}
