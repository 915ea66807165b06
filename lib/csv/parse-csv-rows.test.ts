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

  it("fails the file when a quote is never closed", () => {
    const result = parseCsvRows('a,b\n"unterminated,1\n2,3\n');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatch(/couldn't be read as CSV: a quoted value is never closed/);
  });

  it("reports a file with only blank lines as empty", () => {
    expect(parseCsvRows("\n,,\n")).toEqual({ ok: false, error: "The file is empty." });
  });
});
