import { CsvError, parse } from "csv-parse/sync";
import type { Options } from "csv-parse/sync";

/**
 * Splits CSV text into a header and data rows, each tagged with the row number a person sees
 * when the file is opened in a spreadsheet (first line = row 1; a quoted cell spanning several
 * lines is still one row; blank lines still occupy a row).
 */

export type CsvRow = { rowNumber: number; cells: string[] };

export type ParsedCsvRows =
  | { ok: true; header: CsvRow; rows: CsvRow[] }
  | { ok: false; error: string };

const PARSE_OPTIONS: Options = {
  // Row length is checked by the caller so it can report the row instead of failing the file.
  relax_column_count: true,
  // Accept stray quotes inside unquoted cells (Dwayne "The Rock" Johnson) rather than refusing the file.
  relax_quotes: true,
  // Blank lines are kept (and skipped below) so record index == spreadsheet row number.
  skip_empty_lines: false,
  // Explicit list so files mixing CRLF and LF lines still parse.
  record_delimiter: ["\r\n", "\n", "\r"],
};

/** A line with no content, including Excel's ",,,," rows left behind by deleted data. */
function isBlank(cells: string[]): boolean {
  return cells.every((cell) => cell.trim() === "");
}

function describeParseError(error: CsvError): string {
  const line = typeof error.lines === "number" ? ` near line ${error.lines}` : "";
  if (error.code === "CSV_QUOTE_NOT_CLOSED") {
    return `The file couldn't be read as CSV: a quoted value is never closed (opening quote${line}).`;
  }
  return `The file couldn't be read as CSV${line}: ${error.message}`;
}

export function parseCsvRows(text: string): ParsedCsvRows {
  let records: string[][];
  try {
    records = parse(text, PARSE_OPTIONS);
  } catch (error) {
    if (error instanceof CsvError) return { ok: false, error: describeParseError(error) };
    throw error;
  }

  let header: CsvRow | undefined;
  const rows: CsvRow[] = [];
  for (let index = 0; index < records.length; index++) {
    const cells = records[index];
    if (isBlank(cells)) continue;
    const row = { rowNumber: index + 1, cells };
    if (header) rows.push(row);
    else header = row;
  }
  if (!header) return { ok: false, error: "The file is empty." };
  return { ok: true, header, rows };
}
