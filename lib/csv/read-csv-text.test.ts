import { describe, expect, it } from "vitest";
import { readCsvText } from "@/lib/csv/read-csv-text";

const bytes = (text: string) => new TextEncoder().encode(text);

function errorOf(result: ReturnType<typeof readCsvText>): string {
  if (result.ok) throw new Error("expected a rejection");
  return result.error;
}

describe("readCsvText", () => {
  it("decodes UTF-8 and strips a BOM", () => {
    expect(readCsvText(bytes("\uFEFFname,email\nJosé,j@x.io\n"))).toEqual({ ok: true, text: "name,email\nJosé,j@x.io\n" });
  });

  it("accepts a Buffer", () => {
    expect(readCsvText(Buffer.from("a,b\n"))).toEqual({ ok: true, text: "a,b\n" });
  });

  it("rejects files over the size limit before looking at the content", () => {
    expect(errorOf(readCsvText(new Uint8Array(11), { maxBytes: 10 }))).toMatch(/^The file is larger than/);
    expect(errorOf(readCsvText(new Uint8Array(10 * 1024 * 1024 + 1)))).toMatch(/^The file is larger than 10 MB/);
  });

  it("rejects empty and whitespace-only files", () => {
    expect(errorOf(readCsvText(new Uint8Array(0)))).toBe("The file is empty.");
    expect(errorOf(readCsvText(bytes("\uFEFF \r\n\n")))).toBe("The file is empty.");
  });

  it("rejects binary content and invalid UTF-8", () => {
    expect(errorOf(readCsvText(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00])))).toMatch(/binary file/);
    // "José" in Windows-1252: the é byte on its own is not valid UTF-8.
    expect(errorOf(readCsvText(new Uint8Array([0x4a, 0x6f, 0x73, 0xe9, 0x0a])))).toMatch(/not UTF-8 text/);
    expect(errorOf(readCsvText(new Uint8Array([0xff, 0xfe, 0x61, 0x00])))).toMatch(/UTF-16/);
  });

  it("checks the file name only when one is given", () => {
    expect(readCsvText(bytes("a\n"), { fileName: "people.CSV" }).ok).toBe(true);
    expect(readCsvText(bytes("a\n"), { fileName: "people.txt" }).ok).toBe(true);
    expect(errorOf(readCsvText(bytes("a\n"), { fileName: "people.xlsx" }))).toMatch(/not a CSV file.*Save As/);
    expect(errorOf(readCsvText(bytes("a\n"), { fileName: "photo.png" }))).toMatch(/"photo.png" is not a CSV file/);
  });

  it("tolerates the content types browsers use for CSV but refuses clearly different ones", () => {
    for (const contentType of ["text/csv", "application/vnd.ms-excel", "text/plain", "application/octet-stream", ""]) {
      expect(readCsvText(bytes("a\n"), { contentType }).ok).toBe(true);
    }
    expect(errorOf(readCsvText(bytes("a\n"), { contentType: "image/png" }))).toMatch(/not a CSV file/);
    expect(errorOf(readCsvText(bytes("a\n"), { contentType: "application/pdf" }))).toMatch(/not a CSV file/);
  });
});
