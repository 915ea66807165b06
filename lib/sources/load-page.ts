import { notFound } from "next/navigation";
import { cache } from "react";
import { getDb } from "@/db";
import { getSource, sourceAccessContext } from "@/db/queries/sources";
import { requireOperator } from "@/lib/auth/session";
import { canManageSource } from "./access";

/** Shared by the source layout and its pages: the source, and whether this operator may change it. */
export const loadSourcePage = cache(async (id: string) => {
  const operator = await requireOperator();
  const db = await getDb();
  const source = await getSource(db, id);
  if (!source) notFound();
  const canManage = canManageSource(await sourceAccessContext(db, operator), source);
  return { operator, source, canManage, db };
});
