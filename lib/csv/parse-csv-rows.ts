import { CsvError, parse } from "csv-parse/sync";
import type { Options } from "csv-parse/sync";

/**
 * Splits CSV text into a header and data rows, each tagged with the row number a person sees
 * when the file is opened in a spreadsheet (first line = row 1; a quoted cell spanning several
 * lines is still one row; blank lines are skipped but still occupy a row).
 */

export type CsvRow = { rowNumber: number; cells: string[] };

export type ParsedCsvRows =
  | { ok: true; header: CsvRow; rows: CsvRow[] }
  | { ok: false; error: string };

export type ParseCsvRowsOptions = {
  /**
   * csv-parse builds a full error object for every row whose length differs from the first
   * row (~30µs each), so a 10 MB file of ragged rows could take minutes. Past this many such
   * rows the file is refused instead; it is clearly not a well-formed table anyway.
   */
  maxRaggedRows?: number;
};

export const DEFAULT_MAX_RAGGED_ROWS = 1000;

const BASE_OPTIONS: Options<CsvRow, string[]> = {
  // Row length is checked by the caller so it can report the row instead of failing the file.
  relax_column_count: true,
  // Accept stray quotes inside unquoted cells (Dwayne "The Rock" Johnson) rather than refusing the file.
  relax_quotes: true,
  // Empty lines are skipped by the parser but counted in info.empty_lines, which keeps row numbers right.
  skip_empty_lines: true,
  // Explicit list so files mixing CRLF and LF lines still parse.
  record_delimiter: ["\r\n", "\n", "\r"],
};

// Leading whitespace-only lines would become the parser's reference row length and make
// every real row "ragged" (slow), so they are cut off before parsing and counted instead.
const LEADING_BLANK_LINES = /^(?:[ \t]*(?:\r\n|\n|\r))+/;

/** A line with no content, including Excel's ",,,," rows left behind by deleted data. */
function isBlank(cells: string[]): boolean {
  return cells.every((cell) => cell.trim() === "");
}

// csv-parse's typings only let on_record change the record type when `columns` is also set;
// at runtime on_record's return value is what gets collected either way.
const parseRecords = parse as unknown as (input: string, options: Options<CsvRow, string[]>) => CsvRow[];

class TooManyRaggedRows extends Error {}

function describeParseError(error: CsvError): string {
  const line = typeof error.lines === "number" ? ` near line ${error.lines}` : "";
  if (error.code === "CSV_QUOTE_NOT_CLOSED") {
    return `The file couldn't be read as CSV: a quoted value is never closed (opening quote${line}).`;
  }
  return `The file couldn't be read as CSV${line}: ${error.message}`;
}

export function parseCsvRows(text: string, options: ParseCsvRowsOptions = {}): ParsedCsvRows {
  const maxRaggedRows = options.maxRaggedRows ?? DEFAULT_MAX_RAGGED_ROWS;
  const leading = LEADING_BLANK_LINES.exec(text)?.[0] ?? "";
  const skippedLines = leading === "" ? 0 : leading.match(/\r\n|\n|\r/g)!.length;

  let firstLength: number | undefined;
  let ragged = 0;
  let rows: CsvRow[];
  try {
    rows = parseRecords(text.slice(leading.length), {
      ...BASE_OPTIONS,
      on_record: (cells: string[], context): CsvRow | null => {
        firstLength ??= cells.length;
        if (cells.length !== firstLength && ++ragged > maxRaggedRows) throw new TooManyRaggedRows();
        if (isBlank(cells)) return null;
        // Records so far (this one included) plus skipped empty lines = this row's position.
        return { rowNumber: skippedLines + context.records + context.empty_lines, cells };
      },
    });
  } catch (error) {
    if (error instanceof TooManyRaggedRows) {
      return {
        ok: false,
        error: `More than ${maxRaggedRows.toLocaleString("en-US")} rows have a different number of values than the header row. Check that the file is comma-separated and that values containing commas are in quotes.`,
      };
    }
    if (error instanceof CsvError) return { ok: false, error: describeParseError(error) };
    throw error;
  }

  const [header, ...dataRows] = rows;
  if (!header) return { ok: false, error: "The file is empty." };
  return { ok: true, header, rows: dataRows };
}
