/**
 * The one CSV writer for every export in the product (RFC 4180: comma separated, CRLF line
 * endings, fields quoted when needed), hardened against spreadsheet formula injection.
 */

export type CsvCell = string | number | null | undefined;

export type ToCsvOptions = {
  /**
   * Prepend a UTF-8 byte order mark. Excel assumes a legacy code page without one and garbles
   * non-ASCII names (José → JosÃ©), so file downloads meant for spreadsheets should pass true.
   */
  bom?: boolean;
};

// A cell starting with one of these is evaluated as a formula by Excel, Sheets and LibreOffice,
// which lets data from users (a name like =HYPERLINK(...)) run in whoever opens the export.
const FORMULA_TRIGGER = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/** Serialises one cell: neutralises formulas, then quotes if the text would break the row. */
export function csvCell(value: CsvCell): string {
  if (value === null || value === undefined) return "";
  // Numbers we produce are data, not user text: keep -5 a number rather than the text '-5.
  let text = typeof value === "number" ? String(value) : FORMULA_TRIGGER.test(value) ? `'${value}` : value;
  if (NEEDS_QUOTES.test(text)) text = `"${text.replaceAll('"', '""')}"`;
  return text;
}

export function toCsv(headers: string[], rows: ReadonlyArray<ReadonlyArray<CsvCell>>, options: ToCsvOptions = {}): string {
  const lines = new Array<string>(rows.length + 1);
  lines[0] = headers.map(csvCell).join(",");
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    // A short or long row silently shifts every later cell into the wrong column; fail loudly instead.
    if (row.length !== headers.length) {
      throw new Error(`toCsv: row ${i} has ${row.length} cells but there are ${headers.length} headers`);
    }
    const line = row.map(csvCell).join(",");
    // An empty single-cell row would otherwise be a blank line, which readers skip.
    lines[i + 1] = line === "" && row.length === 1 ? '""' : line;
  }
  return (options.bom ? "\uFEFF" : "") + lines.join("\r\n") + "\r\n";
}
