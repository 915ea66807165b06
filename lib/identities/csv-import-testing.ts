import { parseIdentityCsv } from "@/lib/identities/csv-import";
import type { CsvPreview, ExistingEmailsLookup } from "@/lib/identities/csv-import";

/** Shared by the CSV import tests (row-level and file-level). */
export const noneExist: ExistingEmailsLookup = () => new Set();

export function csv(lines: string[], eol = "\n"): Uint8Array {
  return new TextEncoder().encode(lines.join(eol) + eol);
}

export async function preview(
  lines: string[],
  options: { existingEmails?: ExistingEmailsLookup; eol?: string; fileName?: string } = {},
): Promise<CsvPreview> {
  return parseIdentityCsv({
    bytes: csv(lines, options.eol),
    fileName: options.fileName ?? "people.csv",
    existingEmails: options.existingEmails ?? noneExist,
  });
}

/** Row number → errors, for compact assertions. */
export function errorsByRow(result: CsvPreview) {
  return Object.fromEntries(result.rows.filter((row) => row.errors.length).map((row) => [row.rowNumber, row.errors]));
}

export const HEADER = "name,email,employee_id,department,title,manager_email,lifecycle_state";
