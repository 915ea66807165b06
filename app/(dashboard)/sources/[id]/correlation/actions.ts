"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { saveRules } from "@/db/queries/correlation";
import { recordAudit } from "@/lib/audit/record";
import { ActionError, authedAction } from "@/lib/auth/authed-action";
import { correlateSource, correlationCounts } from "@/lib/correlation/correlate";
import { createIdentitiesFromAccounts } from "@/lib/correlation/create-identities";
import { correlateManually, CorrelationTargetNotFoundError, resetToAutomatic, uncorrelate } from "@/lib/correlation/manual";
import { correlationRulesSchema } from "@/lib/correlation/rules";
import { loadManageableSource } from "@/lib/sources/guard";

async function slackSource(db: Parameters<typeof loadManageableSource>[0], operator: Parameters<typeof loadManageableSource>[1], id: string) {
  const source = await loadManageableSource(db, operator, id);
  if (source.connector !== "slack") throw new ActionError("Correlation belongs to Slack sources.");
  return source;
}

export const saveRulesAction = authedAction(
  z.object({ sourceId: z.uuid(), rules: correlationRulesSchema }),
  async ({ sourceId, rules }, { db, operator, ip }) => {
    const source = await slackSource(db, operator, sourceId);
    await saveRules(db, sourceId, rules);
    await recordAudit(db, { actor: operator, action: "source.correlation_rules_saved", target: { type: "source", id: sourceId, label: source.name }, details: { rules }, ip });
    revalidatePath(`/sources/${sourceId}/correlation`);
    return { saved: rules.length };
  },
  { role: "source_admin" },
);

export const correlateNowAction = authedAction(
  z.object({ sourceId: z.uuid() }),
  async ({ sourceId }, { db, operator, ip }) => {
    const source = await slackSource(db, operator, sourceId);
    const counts = correlationCounts(await correlateSource(db, sourceId));
    await recordAudit(db, { actor: operator, action: "source.correlated", target: { type: "source", id: sourceId, label: source.name }, details: { ...counts }, ip });
    revalidatePath(`/sources/${sourceId}`, "layout");
    return counts;
  },
  { role: "source_admin" },
);

function notFound(err: unknown): never {
  if (err instanceof CorrelationTargetNotFoundError) throw new ActionError(err.target === "account" ? "This account no longer exists." : "That identity no longer exists.");
  throw err;
}

export const correlateAccountAction = authedAction(
  z.object({ sourceId: z.uuid(), accountId: z.uuid(), identityId: z.uuid({ error: "Choose an identity" }) }),
  async ({ sourceId, accountId, identityId }, { db, operator, ip }) => {
    const source = await slackSource(db, operator, sourceId);
    const change = await correlateManually(db, accountId, identityId, { sourceId }).catch(notFound);
    if (change.sourceId !== sourceId) throw new ActionError("This account belongs to another source.");
    await recordAudit(db, { actor: operator, action: "account.correlated_manually", target: { type: "account", id: accountId, label: change.accountLabel }, details: { source: source.name, before: change.before.identityId, after: change.after.identityId }, ip });
    revalidatePath(`/sources/${sourceId}`, "layout");
    revalidatePath(`/identities/${identityId}`);
    return { accountId };
  },
  { role: "source_admin" },
);

export const uncorrelateAccountAction = authedAction(
  z.object({ sourceId: z.uuid(), accountId: z.uuid(), mode: z.enum(["no-identity", "automatic"]) }),
  async ({ sourceId, accountId, mode }, { db, operator, ip }) => {
    const source = await slackSource(db, operator, sourceId);
    const change = await (mode === "automatic" ? resetToAutomatic(db, accountId, { sourceId }) : uncorrelate(db, accountId, { sourceId })).catch(notFound);
    if (change.sourceId !== sourceId) throw new ActionError("This account belongs to another source.");
    await recordAudit(db, {
      actor: operator,
      action: mode === "automatic" ? "account.correlation_reset" : "account.uncorrelated",
      target: { type: "account", id: accountId, label: change.accountLabel },
      details: { source: source.name, before: change.before.identityId },
      ip,
    });
    revalidatePath(`/sources/${sourceId}`, "layout");
    if (change.before.identityId) revalidatePath(`/identities/${change.before.identityId}`);
    return { accountId };
  },
  { role: "source_admin" },
);

export const createIdentitiesAction = authedAction(
  z.object({ sourceId: z.uuid() }),
  async ({ sourceId }, { db, operator, ip }) => {
    const source = await slackSource(db, operator, sourceId);
    const result = await createIdentitiesFromAccounts(db, sourceId, "all-uncorrelated-humans");
    await recordAudit(db, {
      actor: operator,
      action: "source.identities_created_from_accounts",
      target: { type: "source", id: sourceId, label: source.name },
      details: { created: result.created, linked: result.linked, skipped: result.skipped, skippedByReason: result.skippedByReason },
      ip,
    });
    revalidatePath(`/sources/${sourceId}`, "layout");
    revalidatePath("/identities");
    return { created: result.created, linked: result.linked, skipped: result.skipped };
  },
  { role: "source_admin" },
);
