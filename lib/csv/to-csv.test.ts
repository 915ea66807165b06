import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { csvCell, toCsv } from "@/lib/csv/to-csv";

describe("csvCell", () => {
  it("leaves plain text alone and renders missing values as empty", () => {
    expect(csvCell("Ada Lovelace")).toBe("Ada Lovelace");
    expect(csvCell(null)).toBe("");
    expect(csvCell(undefined)).toBe("");
    expect(csvCell(42)).toBe("42");
  });

  it("quotes commas, quotes and line breaks", () => {
    expect(csvCell("Lovelace, Ada")).toBe('"Lovelace, Ada"');
    expect(csvCell('Dwayne "The Rock" Johnson')).toBe('"Dwayne ""The Rock"" Johnson"');
    expect(csvCell("line 1\nline 2")).toBe('"line 1\nline 2"');
    expect(csvCell("a\r\nb")).toBe('"a\r\nb"');
  });

  it("neutralises cells a spreadsheet would run as formulas", () => {
    expect(csvCell("=HYPERLINK(\"http://evil\")")).toBe("\"'=HYPERLINK(\"\"http://evil\"\")\"");
    expect(csvCell("+1 555 0100")).toBe("'+1 555 0100");
    expect(csvCell("-2+3")).toBe("'-2+3");
    expect(csvCell("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvCell("\tcmd")).toBe("'\tcmd");
    expect(csvCell("\rcmd")).toBe("\"'\rcmd\"");
    // Only the first character matters.
    expect(csvCell("a=b")).toBe("a=b");
  });

  it("keeps real numbers numeric, including negatives", () => {
    expect(csvCell(-5)).toBe("-5");
    expect(csvCell(0)).toBe("0");
  });
});

describe("toCsv", () => {
  it("writes a header and rows with CRLF line endings", () => {
    expect(toCsv(["name", "count"], [["Ada", 1], ["Grace", null]])).toBe("name,count\r\nAda,1\r\nGrace,\r\n");
  });

  it("protects headers as well as cells", () => {
    expect(toCsv(["=cmd"], [])).toBe("'=cmd\r\n");
  });

  it("round-trips awkward values through a CSV parser", () => {
    const rows = [
      ["Lovelace, Ada", 'say "hi"', "multi\nline"],
      ["", "plain", "trailing space "],
    ];
    const parsed = parse(toCsv(["a", "b", "c"], rows));
    expect(parsed).toEqual([["a", "b", "c"], ...rows]);
  });

  it("keeps an empty single-column row instead of writing a blank line", () => {
    expect(parse(toCsv(["note"], [[""], ["x"]]))).toEqual([["note"], [""], ["x"]]);
  });

  it("adds a UTF-8 BOM only when asked", () => {
    expect(toCsv(["a"], [], { bom: true })).toBe("\uFEFFa\r\n");
    expect(toCsv(["a"], []).startsWith("\uFEFF")).toBe(false);
  });

  it("refuses rows whose length doesn't match the headers", () => {
    expect(() => toCsv(["a", "b"], [["only one"]])).toThrow(/row 0 has 1 cells but there are 2 headers/);
  });
});
