"use server";

import { eq } from "drizzle-orm";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getSealedSecret, slackSourcesForLinking } from "@/db/queries/sources";
import { sources, sourceTestResults } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record";
import { ActionError, authedAction } from "@/lib/auth/authed-action";
import { getConnector } from "@/lib/connectors/catalog";
import type { TestConnectionReport } from "@/lib/connectors/types";
import { unseal } from "@/lib/crypto/seal";
import { startSourceRun } from "@/lib/jobs/source-runs";
import { webBoss } from "@/lib/jobs/web-boss";
import { encryptionKey } from "@/lib/secrets";
import { loadManageableSource } from "@/lib/sources/guard";

export const testConnectionAction = authedAction(
  z.object({ id: z.uuid() }),
  async ({ id }, { db, operator, ip }): Promise<TestConnectionReport> => {
    const source = await loadManageableSource(db, operator, id);
    const connector = getConnector(source.connector as never);
    if (!connector) throw new ActionError("This source's connector is not available.");
    const sealed = await getSealedSecret(db, id);
    if (!sealed) throw new ActionError("Save an Access Token on Configuration first.");
    const token = unseal(sealed, encryptionKey());
    const config = connector.configSchema.parse(source.config);
    const report = await connector.test(config, token, {
      slackSources: async () => (await slackSourcesForLinking(db)).filter((s) => s.id !== id),
      timeoutMs: 10_000,
    });
    const now = new Date();
    await db.insert(sourceTestResults).values({ sourceId: id, ok: report.ok, report: report as unknown as Record<string, unknown>, testedBy: operator.email, at: now });
    await db
      .update(sources)
      .set({ status: report.ok ? "healthy" : "failing", lastTestAt: now, lastTestOk: report.ok, teamId: report.workspace?.teamId ?? source.teamId, updatedAt: now })
      .where(eq(sources.id, id));
    await recordAudit(db, {
      actor: operator,
      action: "source.tested",
      target: { type: "source", id, label: source.name },
      details: { ok: report.ok, failed: report.checks.filter((c) => c.status === "failed").map((c) => c.id), teamId: report.workspace?.teamId ?? null },
      ip,
    });
    // Activity begins syncing as soon as the source is configured and its test passes.
    if (report.ok && source.connector === "activity-insights-slack") {
      await startSourceRun(db, await webBoss(), "sync-activity", id, { trigger: "test-passed", triggeredBy: operator.email });
    }
    revalidatePath(`/sources/${id}`, "layout");
    revalidatePath("/sources");
    return report;
  },
  { role: "source_admin" },
);
