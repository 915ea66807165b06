import { FIELD_LIMITS } from "@/lib/identities/fields";

/**
 * Maps a CSV header row onto identity fields. Headers are matched loosely ("Employee ID",
 * "employee-id" and "employee_id" are the same column) because people type them by hand.
 */

export const KNOWN_COLUMNS = {
  name: "name",
  email: "email",
  employee_id: "employeeId",
  department: "department",
  title: "title",
  manager_email: "managerEmail",
  lifecycle_state: "lifecycleState",
} as const;

export type KnownColumn = keyof typeof KNOWN_COLUMNS;
export type ColumnField = (typeof KNOWN_COLUMNS)[KnownColumn];

const REQUIRED_COLUMNS: readonly KnownColumn[] = ["name", "email"];

export type ColumnLayout = {
  /** Header cells as written (trimmed), in file order. */
  columns: string[];
  /** Where each known field lives, and the header text to name it by in errors. */
  fields: Partial<Record<ColumnField, { index: number; header: string }>>;
  /** Columns that are not known fields; each becomes an attribute keyed by its header. */
  attributes: Array<{ index: number; key: string }>;
};

export type ColumnLayoutResult = { ok: true; layout: ColumnLayout } | { ok: false; error: string };

export function normalizeHeader(header: string): string {
  return header.trim().toLowerCase().replace(/[\s-]+/g, "_");
}

function isKnownColumn(key: string): key is KnownColumn {
  return Object.hasOwn(KNOWN_COLUMNS, key);
}

export function resolveColumns(headerCells: string[]): ColumnLayoutResult {
  const columns = headerCells.map((cell) => cell.trim());
  const layout: ColumnLayout = { columns, fields: {}, attributes: [] };
  const seen = new Map<string, number>();

  for (let index = 0; index < columns.length; index++) {
    const header = columns[index];
    if (header === "") {
      return { ok: false, error: `Column ${index + 1} in the header row has no name. Name it or delete the column.` };
    }
    const key = normalizeHeader(header);
    const first = seen.get(key);
    if (first !== undefined) {
      return {
        ok: false,
        error: `The header row has the column "${header}" twice (columns ${first + 1} and ${index + 1}). Column names must be unique.`,
      };
    }
    seen.set(key, index);
    // Attributes are stored as object keys; this one would be swallowed by the prototype setter.
    if (header === "__proto__") return { ok: false, error: `"__proto__" can't be used as a column name.` };
    if (isKnownColumn(key)) {
      layout.fields[KNOWN_COLUMNS[key]] = { index, header };
    } else if (header.length > FIELD_LIMITS.attributeKey) {
      // Checked here, once, rather than as the same error on every row.
      return { ok: false, error: `Column ${index + 1} has a name longer than ${FIELD_LIMITS.attributeKey} characters. Shorten it.` };
    } else {
      layout.attributes.push({ index, key: header });
    }
  }

  const missing = REQUIRED_COLUMNS.filter((column) => !layout.fields[KNOWN_COLUMNS[column]]);
  if (missing.length > 0) {
    // A single header cell holding ";" or tabs means the file uses another separator.
    const hint =
      columns.length === 1 && /[;\t]/.test(columns[0])
        ? " The file seems to use semicolons or tabs between values; save it with commas as separators."
        : "";
    return {
      ok: false,
      error: `The header row is missing the required column${missing.length > 1 ? "s" : ""} ${missing.map((c) => `"${c}"`).join(" and ")}. The first row must name the columns, including name and email.${hint}`,
    };
  }
  return { ok: true, layout };
}
