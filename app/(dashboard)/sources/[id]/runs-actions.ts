"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { recordAudit } from "@/lib/audit/record";
import { ActionError, authedAction } from "@/lib/auth/authed-action";
import { cancelRun, getRun } from "@/lib/jobs/runs";
import { startSourceRun } from "@/lib/jobs/source-runs";
import { webBoss } from "@/lib/jobs/web-boss";
import { loadManageableSource } from "@/lib/sources/guard";

const kindFor: Record<string, "aggregate-accounts" | "sync-activity"> = { slack: "aggregate-accounts", "activity-insights-slack": "sync-activity" };
const labels = { "aggregate-accounts": "aggregation", "sync-activity": "activity sync", correlate: "correlation" };

export const startRunAction = authedAction(
  z.object({ sourceId: z.uuid(), kind: z.enum(["aggregate-accounts", "sync-activity", "correlate"]) }),
  async ({ sourceId, kind }, { db, operator, ip }) => {
    const source = await loadManageableSource(db, operator, sourceId);
    const allowed = kind === "correlate" ? source.connector === "slack" : kindFor[source.connector] === kind;
    if (!allowed) throw new ActionError(`A ${source.connector} source has no ${labels[kind]}.`);
    if (source.status !== "healthy") throw new ActionError("No data is gathered until Test Connection passes. Run it on Review and Test first.");
    const { run, alreadyActive } = await startSourceRun(db, await webBoss(), kind, sourceId, { trigger: "manual", triggeredBy: operator.email });
    if (alreadyActive) throw new ActionError(`An ${labels[kind]} run for this source is already queued or running.`);
    await recordAudit(db, { actor: operator, action: `source.${kind}_started`, target: { type: "source", id: sourceId, label: source.name }, details: { runId: run.id }, ip });
    revalidatePath(`/sources/${sourceId}`, "layout");
    return { runId: run.id };
  },
  { role: "source_admin" },
);

export const cancelRunAction = authedAction(
  z.object({ sourceId: z.uuid(), runId: z.uuid() }),
  async ({ sourceId, runId }, { db, operator, ip }) => {
    const source = await loadManageableSource(db, operator, sourceId);
    const run = await getRun(db, runId);
    if (!run || run.sourceId !== sourceId) throw new ActionError("This run does not belong to this source.");
    if (!(await cancelRun(db, runId))) throw new ActionError("This run has already finished.");
    await recordAudit(db, { actor: operator, action: "source.run_cancelled", target: { type: "source", id: sourceId, label: source.name }, details: { runId, kind: run.kind }, ip });
    revalidatePath(`/sources/${sourceId}`, "layout");
    return { runId };
  },
  { role: "source_admin" },
);
