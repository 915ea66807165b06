import type { Db } from "@/db/client";
import { auditEvents } from "@/db/schema";
import { redactDetails } from "./redact";

export interface AuditActor {
  id: string | null;
  email: string | null;
}

export interface AuditInput {
  actor: AuditActor;
  action: string;
  target?: { type: string; id?: string | null; label?: string | null };
  details?: Record<string, unknown>;
  ip?: string | null;
}

export async function recordAudit(db: Db, input: AuditInput): Promise<void> {
  await db.insert(auditEvents).values({
    actorId: input.actor.id,
    actorEmail: input.actor.email,
    action: input.action,
    targetType: input.target?.type ?? null,
    targetId: input.target?.id ?? null,
    targetLabel: input.target?.label ?? null,
    details: redactDetails(input.details ?? {}) as Record<string, unknown>,
    ip: input.ip ?? null,
  });
}
