"use server";

import { eq } from "drizzle-orm";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { sources } from "@/db/schema";
import { confirmPendingRemovals, discardPendingRemovals, NotWaitingError } from "@/lib/aggregation";
import { recordAudit } from "@/lib/audit/record";
import { ActionError, authedAction } from "@/lib/auth/authed-action";
import { loadManageableSource } from "@/lib/sources/guard";

async function slackSource(...args: Parameters<typeof loadManageableSource>) {
  const source = await loadManageableSource(...args);
  if (source.connector !== "slack") throw new ActionError("Aggregation belongs to Slack sources.");
  return source;
}

export const saveAggregationSettingsAction = authedAction(
  z.object({
    sourceId: z.uuid(),
    schedule: z.enum(["off", "daily", "hourly"], { error: "Choose a schedule" }),
    deleteThresholdPercent: z.coerce.number({ error: "Enter a percentage" }).int("Whole percent only").min(0, "At least 0%").max(100, "At most 100%"),
  }),
  async ({ sourceId, schedule, deleteThresholdPercent }, { db, operator, ip }) => {
    const source = await slackSource(db, operator, sourceId);
    await db.update(sources).set({ schedule, deleteThresholdPercent, updatedAt: new Date() }).where(eq(sources.id, sourceId));
    await recordAudit(db, { actor: operator, action: "source.aggregation_settings_saved", target: { type: "source", id: sourceId, label: source.name }, details: { schedule, deleteThresholdPercent }, ip });
    revalidatePath(`/sources/${sourceId}/aggregation`);
    return { schedule, deleteThresholdPercent };
  },
  { role: "source_admin" },
);

function notWaiting(err: unknown): never {
  if (err instanceof NotWaitingError) throw new ActionError(err.message);
  throw err;
}

export const decidePendingRemovalsAction = authedAction(
  z.object({ sourceId: z.uuid(), runId: z.uuid(), decision: z.enum(["confirm", "discard"]) }),
  async ({ sourceId, runId, decision }, { db, operator, ip }) => {
    const source = await slackSource(db, operator, sourceId);
    let removed = 0;
    if (decision === "confirm") removed = (await confirmPendingRemovals(db, runId, operator.email).catch(notWaiting)).removed;
    else await discardPendingRemovals(db, runId, operator.email).catch(notWaiting);
    await recordAudit(db, {
      actor: operator,
      action: decision === "confirm" ? "source.removals_confirmed" : "source.removals_discarded",
      target: { type: "source", id: sourceId, label: source.name },
      details: { runId, removed },
      ip,
    });
    revalidatePath(`/sources/${sourceId}`, "layout");
    return { removed };
  },
  { role: "source_admin" },
);
