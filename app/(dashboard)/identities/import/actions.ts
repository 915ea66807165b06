"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { recordAudit } from "@/lib/audit/record";
import { authedAction } from "@/lib/auth/authed-action";
import { applyIdentityImportFile, previewIdentityImport } from "@/lib/identities/import-service";

const fileSchema = z.object({ file: z.instanceof(File, { message: "Choose a CSV file" }) });

async function readFile(file: File) {
  return { bytes: new Uint8Array(await file.arrayBuffer()), fileName: file.name, contentType: file.type };
}

export const previewImportAction = authedAction(fileSchema, async ({ file }, { db }) => previewIdentityImport(db, await readFile(file)), { role: "admin" });

export const applyImportAction = authedAction(
  fileSchema,
  async ({ file }, { db, operator, ip }) => {
    const result = await applyIdentityImportFile(db, await readFile(file));
    if (result.applied) {
      await recordAudit(db, {
        actor: operator,
        action: "identity.import_applied",
        target: { type: "identity_import", label: file.name },
        details: { rows: result.rows, created: result.counts.created, updated: result.counts.updated },
        ip,
      });
      revalidatePath("/identities");
    } else {
      await recordAudit(db, {
        actor: operator,
        action: "identity.import_rejected",
        target: { type: "identity_import", label: file.name },
        details: { invalidRows: result.preview.totals.invalid, fileError: result.preview.fileError ?? null },
        ip,
      });
    }
    return result;
  },
  { role: "admin" },
);
