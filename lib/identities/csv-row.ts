import type { ColumnField, ColumnLayout } from "@/lib/identities/csv-columns";
import { identityInputSchema, normalizeEmail } from "@/lib/identities/fields";
import type { IdentityFormValues, IdentityInput } from "@/lib/identities/fields";

/**
 * Validates one CSV data row on its own, with the same schema the identity form uses.
 * Checks that need the whole file (duplicates, managers) live in csv-import.ts.
 */

export type CsvRowError = { column: string; message: string };

/** `column` value for errors about the row as a whole rather than one cell. */
export const WHOLE_ROW = "";

/** The row's cells as text (trimmed, blanks omitted), for showing rows that failed validation. */
export type IdentityDraft = {
  name: string;
  email: string;
  employeeId?: string;
  department?: string;
  title?: string;
  managerEmail?: string;
  lifecycleState?: string;
  attributes: Record<string, string>;
};

export type CheckedRow = {
  /** Lowercased email, the key for duplicate and manager matching. */
  emailKey: string;
  /** True when the email cell is a valid address, so the row counts as "in the file". */
  emailOk: boolean;
  /** False when the cell count doesn't match the header, so cells may sit under the wrong column. */
  aligned: boolean;
  /** Lowercased manager email, when one is given, valid, and the row's cells line up. */
  managerKey?: string;
  draft: IdentityDraft;
  /** Present when every cell passed the field rules. */
  input?: IdentityInput;
  errors: CsvRowError[];
};

function cellText(cells: string[], index: number | undefined): string {
  return index === undefined ? "" : (cells[index] ?? "").trim();
}

function toDraft(cells: string[], layout: ColumnLayout): IdentityDraft {
  const get = (field: ColumnField) => cellText(cells, layout.fields[field]?.index);
  const optional = (field: ColumnField) => get(field) || undefined;
  const attributes: Record<string, string> = {};
  for (const { index, key } of layout.attributes) {
    const value = cellText(cells, index);
    if (value !== "") attributes[key] = value;
  }
  return {
    name: get("name"),
    email: get("email"),
    employeeId: optional("employeeId"),
    department: optional("department"),
    title: optional("title"),
    managerEmail: optional("managerEmail"),
    lifecycleState: optional("lifecycleState"),
    attributes,
  };
}

/** Names the CSV column (as the user wrote it) behind a schema issue path. */
function columnFor(path: PropertyKey[], layout: ColumnLayout): string {
  const [field, key] = path;
  if (field === "attributes" && typeof key === "string") return key;
  return layout.fields[field as ColumnField]?.header ?? String(field);
}

export function checkIdentityRow(cells: string[], layout: ColumnLayout): CheckedRow {
  const draft = toDraft(cells, layout);
  const emailKey = normalizeEmail(draft.email);
  // Draft already holds trimmed text with blanks omitted, which is exactly the form input shape.
  const result = identityInputSchema.safeParse(draft satisfies IdentityFormValues);
  const issues = result.success ? [] : result.error.issues;
  const fieldOk = (field: ColumnField) => !issues.some((issue) => issue.path[0] === field);
  const emailOk = fieldOk("email");

  if (cells.length !== layout.columns.length) {
    // Cells may sit under the wrong column, so field errors would mislead: report only the count.
    // The email still counts as present when valid, so one bad row doesn't cascade into
    // "unknown manager" errors on everyone who reports to that person.
    const message = `This row has ${cells.length} values but the header has ${layout.columns.length} columns. Check for a missing value or an unquoted comma.`;
    return { emailKey, emailOk, aligned: false, draft, errors: [{ column: WHOLE_ROW, message }] };
  }

  const managerKey = draft.managerEmail && fieldOk("managerEmail") ? normalizeEmail(draft.managerEmail) : undefined;
  if (result.success) return { emailKey, emailOk, aligned: true, managerKey, draft, input: result.data, errors: [] };

  const errors: CsvRowError[] = [];
  const reported = new Set<string>();
  for (const issue of issues) {
    const column = columnFor(issue.path, layout);
    // One message per cell is enough to fix it.
    if (reported.has(column)) continue;
    reported.add(column);
    errors.push({ column, message: issue.message });
  }
  return { emailKey, emailOk, aligned: true, managerKey, draft, errors };
}
