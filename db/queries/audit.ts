import { and, count, desc, eq, gte, ilike, lt, type SQL } from "drizzle-orm";
import type { Db } from "@/db/client";
import { auditEvents } from "@/db/schema";
import { likePattern } from "@/lib/list-params";

export interface AuditQuery {
  actor?: string;
  action?: string;
  from?: Date;
  to?: Date;
  page: number;
  pageSize: number;
}

export async function listAuditEvents(db: Db, q: AuditQuery) {
  const filters: SQL[] = [];
  if (q.actor) filters.push(ilike(auditEvents.actorEmail, likePattern(q.actor)));
  if (q.action) filters.push(eq(auditEvents.action, q.action));
  if (q.from) filters.push(gte(auditEvents.at, q.from));
  if (q.to) filters.push(lt(auditEvents.at, q.to));
  const where = filters.length ? and(...filters) : undefined;
  const [rows, [{ total }]] = await Promise.all([
    db.select().from(auditEvents).where(where).orderBy(desc(auditEvents.at), desc(auditEvents.id)).limit(q.pageSize).offset((q.page - 1) * q.pageSize),
    db.select({ total: count() }).from(auditEvents).where(where),
  ]);
  return { rows, total: Number(total) };
}

export async function listAuditActions(db: Db): Promise<string[]> {
  const rows = await db.selectDistinct({ action: auditEvents.action }).from(auditEvents).orderBy(auditEvents.action);
  return rows.map((r) => r.action);
}
