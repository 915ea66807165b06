import type { Db } from "@/db/client";
import { existingEmailKeys } from "@/db/queries/identities";
import { applyIdentityImport, type ImportCounts } from "@/db/queries/identity-import";
import { parseIdentityCsv, type CsvPreview, type CsvPreviewRow } from "./csv-import";

export interface ImportFile {
  bytes: Uint8Array;
  fileName?: string;
  contentType?: string;
}

/** What the browser is shown before anything is written: small, even for a 50,000-row file. */
export interface ImportPreviewSummary {
  ok: boolean;
  fileError?: string;
  totals: CsvPreview["totals"];
  columns: string[];
  extraColumns: string[];
  willCreate: number;
  willUpdate: number;
  invalidRows: Array<Pick<CsvPreviewRow, "rowNumber" | "errors"> & { name: string; email: string }>;
  sampleRows: Array<{ rowNumber: number; name: string; email: string; department?: string; title?: string; action: "create" | "update" }>;
}

const MAX_ERROR_ROWS = 200;
const SAMPLE_ROWS = 10;

async function parse(db: Db, file: ImportFile): Promise<CsvPreview> {
  return parseIdentityCsv({ ...file, existingEmails: (keys) => existingEmailKeys(db, keys) });
}

export async function previewIdentityImport(db: Db, file: ImportFile): Promise<ImportPreviewSummary> {
  const preview = await parse(db, file);
  const existing = preview.rows.length ? await existingEmailKeys(db, preview.rows.map((r) => r.emailKey).filter(Boolean)) : new Set<string>();
  const validRows = preview.rows.filter((r) => r.valid);
  const willUpdate = validRows.filter((r) => existing.has(r.emailKey)).length;
  return {
    ok: preview.ok,
    fileError: preview.fileError,
    totals: preview.totals,
    columns: preview.columns,
    extraColumns: preview.extraColumns,
    willCreate: validRows.length - willUpdate,
    willUpdate,
    invalidRows: preview.rows
      .filter((r) => !r.valid)
      .slice(0, MAX_ERROR_ROWS)
      .map((r) => ({ rowNumber: r.rowNumber, errors: r.errors, name: r.values.name, email: r.values.email })),
    sampleRows: validRows.slice(0, SAMPLE_ROWS).map((r) => ({
      rowNumber: r.rowNumber,
      name: r.values.name,
      email: r.values.email,
      department: r.values.department,
      title: r.values.title,
      action: existing.has(r.emailKey) ? "update" : "create",
    })),
  };
}

export type ApplyImportResult = { applied: true; counts: ImportCounts; rows: number } | { applied: false; preview: ImportPreviewSummary };

/**
 * Validates the file again on the server (the preview the browser saw proves nothing) and applies
 * it only when every row is valid.
 */
export async function applyIdentityImportFile(db: Db, file: ImportFile): Promise<ApplyImportResult> {
  const preview = await parse(db, file);
  if (!preview.ok) return { applied: false, preview: await previewIdentityImport(db, file) };
  const counts = await applyIdentityImport(
    db,
    preview.rows.map((r) => r.values),
  );
  return { applied: true, counts, rows: preview.rows.length };
}
