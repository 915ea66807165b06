"use server";

import { and, eq } from "drizzle-orm";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { sources } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record";
import { ActionError, authedAction } from "@/lib/auth/authed-action";
import { getConnector } from "@/lib/connectors/catalog";
import { seal, secretHint } from "@/lib/crypto/seal";
import { encryptionKey } from "@/lib/secrets";
import { loadManageableSource } from "@/lib/sources/guard";
import { tokenFieldError } from "@/lib/sources/token-field";

/**
 * Saves the connector configuration. An empty token field keeps the stored token; a new one is
 * sealed before it touches the database and is never echoed back, logged or audited.
 */
export const saveConfigurationAction = authedAction(
  z.looseObject({ id: z.uuid(), token: z.string().max(500).optional().default("") }),
  async (input, { db, operator, ip }) => {
    const { id, token, ...rest } = input;
    const source = await loadManageableSource(db, operator, String(id));
    const connector = getConnector(source.connector as never);
    if (!connector) throw new ActionError("This source's connector is not available.");

    const fieldErrors: Record<string, string[]> = {};
    const trimmed = String(token ?? "").trim();
    const replacingToken = trimmed.length > 0;
    if (replacingToken) {
      const err = tokenFieldError(trimmed);
      if (err) fieldErrors.token = [err];
    } else if (!source.secretHint) {
      fieldErrors.token = ["Paste the User OAuth Token (it starts with xoxp-)."];
    }
    const parsed = connector.configSchema.safeParse(rest);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) (fieldErrors[String(issue.path[0] ?? "_form")] ??= []).push(issue.message);
    }
    const config = parsed.success ? (parsed.data as Record<string, unknown>) : {};
    if (parsed.success && source.connector === "activity-insights-slack" && config.linkedSourceId) {
      const [linked] = await db
        .select({ id: sources.id })
        .from(sources)
        .where(and(eq(sources.id, String(config.linkedSourceId)), eq(sources.connector, "slack")));
      if (!linked) fieldErrors.linkedSourceId = ["Choose an existing Slack source."];
    }
    if (Object.keys(fieldErrors).length) throw new ActionError("Check the highlighted fields.", fieldErrors);

    const changed = Object.keys(config).filter((k) => JSON.stringify(config[k]) !== JSON.stringify(source.config[k]));
    await db
      .update(sources)
      .set({
        config,
        ...(replacingToken ? { sealedSecret: seal(trimmed, encryptionKey()), secretHint: secretHint(trimmed) } : {}),
        // Any change needs a new test before the source gathers data again.
        status: "configured",
        updatedAt: new Date(),
      })
      .where(eq(sources.id, source.id));
    await recordAudit(db, {
      actor: operator,
      action: replacingToken ? "source.token_replaced" : "source.configured",
      target: { type: "source", id: source.id, label: source.name },
      details: { changed, tokenReplaced: replacingToken },
      ip,
    });
    revalidatePath(`/sources/${source.id}`, "layout");
    revalidatePath("/sources");
    return { id: source.id, secretHint: replacingToken ? secretHint(trimmed) : source.secretHint };
  },
  { role: "source_admin" },
);
