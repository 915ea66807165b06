"use server";

import { eq } from "drizzle-orm";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { sourceAccessContext, sourceNameTaken } from "@/db/queries/sources";
import { sources } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record";
import { ActionError, authedAction } from "@/lib/auth/authed-action";
import { getConnector } from "@/lib/connectors/catalog";
import { canCreateSource, canManageSource } from "@/lib/sources/access";
import { loadManageableSource } from "@/lib/sources/guard";

const optionalUuid = z
  .string()
  .trim()
  .transform((v) => v || null)
  .pipe(z.uuid().nullable());

const baseFields = {
  name: z.string().trim().min(1, "Enter a name").max(128, "Use at most 128 characters"),
  description: z.string().trim().max(2000, "Use at most 2000 characters").default(""),
  ownerIdentityId: optionalUuid.default(null),
  governanceGroupId: optionalUuid.default(null),
};

const nameTakenError = () => new ActionError("Check the highlighted fields.", { name: ["A source with this name already exists. Choose another name."] });

export const createSourceAction = authedAction(
  z.object({ connector: z.enum(["slack", "activity-insights-slack"], { error: "Choose a connector" }), ...baseFields }),
  async (input, { db, operator, ip }) => {
    const ctx = await sourceAccessContext(db, operator);
    if (!canCreateSource(ctx)) throw new ActionError("You do not have permission to do this.");
    if (!canManageSource(ctx, input)) {
      throw new ActionError("Check the highlighted fields.", { ownerIdentityId: ["Make yourself the owner, or choose a governance group you belong to, so you can manage this source."] });
    }
    if (await sourceNameTaken(db, input.name)) throw nameTakenError();
    const connector = getConnector(input.connector)!;
    const [row] = await db
      .insert(sources)
      .values({
        name: input.name,
        description: input.description || null,
        connector: input.connector,
        ownerIdentityId: input.ownerIdentityId,
        governanceGroupId: input.governanceGroupId,
        config: connector.defaultConfig as Record<string, unknown>,
      })
      .returning({ id: sources.id });
    await recordAudit(db, {
      actor: operator,
      action: "source.created",
      target: { type: "source", id: row.id, label: input.name },
      details: { connector: input.connector, ownerIdentityId: input.ownerIdentityId, governanceGroupId: input.governanceGroupId },
      ip,
    });
    revalidatePath("/sources");
    return { id: row.id };
  },
  { role: "source_admin" },
);

export const updateBaseConfigurationAction = authedAction(
  z.object({ id: z.uuid(), ...baseFields }),
  async ({ id, ...input }, { db, operator, ip }) => {
    const before = await loadManageableSource(db, operator, id);
    if (await sourceNameTaken(db, input.name, id)) throw nameTakenError();
    const ctx = await sourceAccessContext(db, operator);
    if (!canManageSource(ctx, input)) throw new ActionError("Check the highlighted fields.", { ownerIdentityId: ["With this owner and group you could no longer manage the source."] });
    await db
      .update(sources)
      .set({ name: input.name, description: input.description || null, ownerIdentityId: input.ownerIdentityId, governanceGroupId: input.governanceGroupId, updatedAt: new Date() })
      .where(eq(sources.id, id));
    const changed = (["name", "description", "ownerIdentityId", "governanceGroupId"] as const).filter((k) => (before[k] ?? null) !== ((input[k] || null) as unknown));
    await recordAudit(db, { actor: operator, action: "source.updated", target: { type: "source", id, label: input.name }, details: { changed }, ip });
    revalidatePath(`/sources/${id}`, "layout");
    return { id };
  },
  { role: "source_admin" },
);

export const deleteSourceAction = authedAction(
  z.object({ id: z.uuid(), confirmName: z.string() }),
  async ({ id, confirmName }, { db, operator, ip }) => {
    const source = await loadManageableSource(db, operator, id);
    if (confirmName !== source.name) throw new ActionError("Type the source name exactly to confirm.");
    await db.delete(sources).where(eq(sources.id, id));
    await recordAudit(db, { actor: operator, action: "source.deleted", target: { type: "source", id, label: source.name }, details: { connector: source.connector }, ip });
    revalidatePath("/sources");
    return { id };
  },
  { role: "source_admin" },
);
