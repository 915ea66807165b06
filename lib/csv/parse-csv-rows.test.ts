import { describe, expect, it } from "vitest";
import { parseCsvRows } from "@/lib/csv/parse-csv-rows";

describe("parseCsvRows", () => {
  it("numbers rows as a spreadsheet does, skipping blank lines", () => {
    const result = parseCsvRows('a,b\r\n1,2\r\n\r\n , \r\n"multi\nline",3\r\n4,5\r\n');
    expect(result).toEqual({
      ok: true,
      header: { rowNumber: 1, cells: ["a", "b"] },
      rows: [
        { rowNumber: 2, cells: ["1", "2"] },
        { rowNumber: 5, cells: ["multi\nline", "3"] },
        { rowNumber: 6, cells: ["4", "5"] },
      ],
    });
  });

  it("counts blank and whitespace-only lines before the header", () => {
    const result = parseCsvRows(" \n\r\n\t\na,b\n1,2\n");
    expect(result.ok && [result.header.rowNumber, result.rows[0].rowNumber]).toEqual([4, 5]);
  });

  it("accepts files that mix CRLF and LF line endings", () => {
    const result = parseCsvRows('a,b\r\n"x",1\n"y",2\r\n');
    expect(result.ok && result.rows.map((row) => row.cells)).toEqual([
      ["x", "1"],
      ["y", "2"],
    ]);
  });

  it("keeps rows with the wrong number of cells for the caller to report", () => {
    const result = parseCsvRows("a,b\n1\n1,2,3\n");
    expect(result.ok && result.rows.map((row) => row.cells.length)).toEqual([1, 3]);
  });

  it("refuses a file with more ragged rows than the limit instead of grinding through them", () => {
    const ragged = "a,b\n" + "x\n".repeat(4);
    expect(parseCsvRows(ragged, { maxRaggedRows: 4 }).ok).toBe(true);
    const result = parseCsvRows(ragged + "y\n", { maxRaggedRows: 4 });
    expect(!result.ok && result.error).toMatch(/^More than 4 rows have a different number of values than the header row/);
  });

  it("fails the file when a quote is never closed", () => {
    const result = parseCsvRows('a,b\n"unterminated,1\n2,3\n');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatch(/couldn't be read as CSV: a quoted value is never closed/);
  });

  it("reports a file with only blank lines as empty", () => {
    expect(parseCsvRows("\n,,\n")).toEqual({ ok: false, error: "The file is empty." });
  });
});
