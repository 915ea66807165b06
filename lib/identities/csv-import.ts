import { parseCsvRows } from "@/lib/csv/parse-csv-rows";
import { readCsvText } from "@/lib/csv/read-csv-text";
import { resolveColumns } from "@/lib/identities/csv-columns";
import type { ColumnLayout } from "@/lib/identities/csv-columns";
import { checkIdentityRow } from "@/lib/identities/csv-row";
import type { CheckedRow, CsvRowError, IdentityDraft } from "@/lib/identities/csv-row";
import { normalizeEmail } from "@/lib/identities/fields";
import type { IdentityInput } from "@/lib/identities/fields";

/**
 * Builds the preview shown before an identity CSV import. Nothing is written here: the caller
 * applies the import all-or-nothing, and only when `ok` is true.
 */

export { WHOLE_ROW } from "@/lib/identities/csv-row";
export type { CsvRowError, IdentityDraft } from "@/lib/identities/csv-row";

export const MAX_IDENTITY_CSV_BYTES = 10 * 1024 * 1024;

/** Given lowercase emails, returns the ones that belong to existing identities. */
export type ExistingEmailsLookup = (emailsLowercase: string[]) => Set<string> | Promise<Set<string>>;

export type ParseIdentityCsvInput = {
  bytes: Uint8Array;
  fileName?: string;
  contentType?: string;
  existingEmails: ExistingEmailsLookup;
};

type RowBase = {
  /** Row number as shown in a spreadsheet: the header is row 1. */
  rowNumber: number;
  /** Lowercased email; `values.email` keeps the text as written, for display. */
  emailKey: string;
};
export type ValidCsvPreviewRow = RowBase & { valid: true; values: IdentityInput; errors: [] };
export type InvalidCsvPreviewRow = RowBase & { valid: false; values: IdentityDraft; errors: CsvRowError[] };
export type CsvPreviewRow = ValidCsvPreviewRow | InvalidCsvPreviewRow;

export type CsvPreviewTotals = { rows: number; valid: number; invalid: number };

type PreviewBase = {
  totals: CsvPreviewTotals;
  /** Header cells as written, in file order. */
  columns: string[];
  /** Headers that aren't identity fields; their values become attributes. */
  extraColumns: string[];
};
/** `ok` narrows `rows` to valid rows, so the import step gets typed `IdentityInput` values. */
export type CsvPreview =
  | (PreviewBase & { ok: true; fileError?: undefined; rows: ValidCsvPreviewRow[] })
  | (PreviewBase & { ok: false; fileError?: string; rows: CsvPreviewRow[] });

function fileFailure(fileError: string, columns: string[] = []): CsvPreview {
  return { ok: false, fileError, rows: [], totals: { rows: 0, valid: 0, invalid: 0 }, columns, extraColumns: [] };
}

type CheckedCsvRow = CheckedRow & { rowNumber: number };

/** Flags every repeat of an email already used by an earlier row (case-insensitive). */
function flagDuplicateEmails(rows: CheckedCsvRow[], emailColumn: string): Set<string> {
  const firstRowByEmail = new Map<string, number>();
  for (const row of rows) {
    if (!row.emailOk) continue;
    const first = firstRowByEmail.get(row.emailKey);
    if (first === undefined) {
      firstRowByEmail.set(row.emailKey, row.rowNumber);
    } else if (row.aligned) {
      // A misaligned row already reports its cell count; its cells may be shifted.
      row.errors.push({ column: emailColumn, message: `Duplicate email: "${row.draft.email}" is already used in row ${first}.` });
    }
  }
  return new Set(firstRowByEmail.keys());
}

/** Manager emails that are neither in the file nor (yet) checked against existing identities. */
function managersNotInFile(rows: CheckedCsvRow[], emailsInFile: Set<string>): string[] {
  const missing = new Set<string>();
  for (const row of rows) {
    if (row.managerKey !== undefined && !emailsInFile.has(row.managerKey)) missing.add(row.managerKey);
  }
  return [...missing];
}

function flagUnknownManagers(rows: CheckedCsvRow[], known: (key: string) => boolean, managerColumn: string): void {
  for (const row of rows) {
    if (row.managerKey === undefined || known(row.managerKey)) continue;
    row.errors.push({
      column: managerColumn,
      message: `Manager "${row.draft.managerEmail}" is not in this file or among existing identities.`,
    });
  }
}

function toPreviewRow(row: CheckedCsvRow): CsvPreviewRow {
  const base = { rowNumber: row.rowNumber, emailKey: row.emailKey };
  if (row.input && row.errors.length === 0) return { ...base, valid: true, values: row.input, errors: [] };
  return { ...base, valid: false, values: row.draft, errors: row.errors };
}

function buildPreview(rows: CheckedCsvRow[], layout: ColumnLayout): CsvPreview {
  const previewRows = rows.map(toPreviewRow);
  const valid = previewRows.filter((row) => row.valid).length;
  const base: PreviewBase = {
    totals: { rows: previewRows.length, valid, invalid: previewRows.length - valid },
    columns: layout.columns,
    extraColumns: layout.attributes.map((attribute) => attribute.key),
  };
  if (valid === previewRows.length) return { ...base, ok: true, rows: previewRows as ValidCsvPreviewRow[] };
  return { ...base, ok: false, rows: previewRows };
}

export async function parseIdentityCsv(input: ParseIdentityCsvInput): Promise<CsvPreview> {
  const read = readCsvText(input.bytes, {
    fileName: input.fileName,
    contentType: input.contentType,
    maxBytes: MAX_IDENTITY_CSV_BYTES,
  });
  if (!read.ok) return fileFailure(read.error);

  const parsed = parseCsvRows(read.text);
  if (!parsed.ok) return fileFailure(parsed.error);

  const resolved = resolveColumns(parsed.header.cells);
  if (!resolved.ok) return fileFailure(resolved.error, parsed.header.cells.map((cell) => cell.trim()));
  const { layout } = resolved;
  if (parsed.rows.length === 0) return fileFailure("The file has a header row but no data rows.", layout.columns);

  const rows: CheckedCsvRow[] = parsed.rows.map(({ rowNumber, cells }) => ({
    rowNumber,
    ...checkIdentityRow(cells, layout),
  }));

  const emailColumn = layout.fields.email?.header ?? "email";
  const emailsInFile = flagDuplicateEmails(rows, emailColumn);

  const lookUp = managersNotInFile(rows, emailsInFile);
  if (lookUp.length > 0) {
    const existing = await input.existingEmails(lookUp);
    // Normalise what the caller returns so a lookup that echoes stored casing still matches.
    const existingKeys = new Set([...existing].map(normalizeEmail));
    const managerColumn = layout.fields.managerEmail?.header ?? "manager_email";
    flagUnknownManagers(rows, (key) => emailsInFile.has(key) || existingKeys.has(key), managerColumn);
  }

  return buildPreview(rows, layout);
}
