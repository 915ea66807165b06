import { describe, expect, it, vi } from "vitest";
import { parseIdentityCsv } from "@/lib/identities/csv-import";
import type { ExistingEmailsLookup } from "@/lib/identities/csv-import";
import { noneExist, csv } from "./csv-import-testing";

describe("parseIdentityCsv: encodings and line endings", () => {
  it("strips a UTF-8 BOM and reads CRLF files", async () => {
    const bytes = new TextEncoder().encode("\uFEFFname,email\r\nJosé Núñez,jose@x.io\r\n\r\n\"Smith, Jo\",jo@x.io\r\n");
    const result = await parseIdentityCsv({ bytes, existingEmails: noneExist });
    expect(result.ok).toBe(true);
    expect(result.columns).toEqual(["name", "email"]);
    expect(result.rows.map((row) => [row.rowNumber, row.values.name])).toEqual([
      [2, "José Núñez"],
      [4, "Smith, Jo"],
    ]);
  });

  it("accepts a Buffer", async () => {
    const result = await parseIdentityCsv({ bytes: Buffer.from("name,email\nA,a@x.io\n"), existingEmails: noneExist });
    expect(result.ok).toBe(true);
  });
});

describe("parseIdentityCsv: file-level errors", () => {
  async function fileError(bytes: Uint8Array, extra: { fileName?: string; contentType?: string } = {}) {
    const existingEmails = vi.fn<ExistingEmailsLookup>(() => new Set());
    const result = await parseIdentityCsv({ bytes, existingEmails, ...extra });
    expect(result.ok).toBe(false);
    expect(result.rows).toEqual([]);
    expect(existingEmails).not.toHaveBeenCalled();
    return result.fileError;
  }

  it("rejects files over 10 MB", async () => {
    const big = new Uint8Array(10 * 1024 * 1024 + 1).fill(0x61);
    expect(await fileError(big)).toMatch(/^The file is larger than 10 MB/);
  });

  it("accepts a file of exactly 10 MB", async () => {
    const head = new TextEncoder().encode("name,email\nA,a@x.io\n");
    const bytes = new Uint8Array(10 * 1024 * 1024).fill(0x0a); // trailing blank lines
    bytes.set(head);
    const result = await parseIdentityCsv({ bytes, existingEmails: noneExist });
    expect(result.ok).toBe(true);
    expect(result.totals.rows).toBe(1);
  });

  it("rejects binary content", async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]);
    expect(await fileError(png)).toMatch(/binary file, not CSV/);
    expect(await fileError(new Uint8Array([0x6e, 0x61, 0x6d, 0x65, 0xc3, 0x28]))).toMatch(/not UTF-8 text/);
  });

  it("rejects a file name that isn't .csv or .txt", async () => {
    expect(await fileError(csv(["name,email", "A,a@x.io"]), { fileName: "people.xlsx" })).toMatch(/"people.xlsx" is not a CSV file/);
  });

  it("rejects an empty file and a header with no data", async () => {
    expect(await fileError(new Uint8Array(0))).toBe("The file is empty.");
    expect(await fileError(csv(["name,email", ""]))).toBe("The file has a header row but no data rows.");
  });

  it("rejects content that can't be parsed as CSV", async () => {
    expect(await fileError(csv(["name,email", '"Unclosed,a@x.io', "B,b@x.io"]))).toMatch(/couldn't be read as CSV/);
  });

  it("requires the name and email columns", async () => {
    expect(await fileError(csv(["full name,mail", "A,a@x.io"]))).toMatch(/missing the required columns "name" and "email"/);
    expect(await fileError(csv(["name,department", "A,Eng"]))).toMatch(/missing the required column "email"/);
    expect(await fileError(csv(["name;email", "A;a@x.io"]))).toMatch(/semicolons/);
  });

  it("rejects duplicate and empty header names", async () => {
    expect(await fileError(csv(["name,email,Email", "A,a@x.io,b@x.io"]))).toMatch(/"Email" twice \(columns 2 and 3\)/);
    expect(await fileError(csv(["name,email,Team,team", "A,a@x.io,x,y"]))).toMatch(/"team" twice/);
    expect(await fileError(csv(["name,email,", "A,a@x.io,"]))).toMatch(/Column 3 in the header row has no name/);
    expect(await fileError(csv([`name,email,${"k".repeat(129)}`, "A,a@x.io,x"]))).toMatch(/Column 3 has a name longer than 128 characters/);
    expect(await fileError(csv(["name,email,__proto__", "A,a@x.io,x"]))).toMatch(/can't be used as a column name/);
  });

  it("still returns the header columns when the header itself is the problem", async () => {
    const result = await parseIdentityCsv({ bytes: csv(["name,Email,email", "A,a,b"]), existingEmails: noneExist });
    expect(result.columns).toEqual(["name", "Email", "email"]);
  });
});

describe("parseIdentityCsv: large files", () => {
  it("parses 50,000 rows", async () => {
    const lines = ["name,email,employee_id,department,title,manager_email,lifecycle_state,cost_center"];
    for (let i = 0; i < 50_000; i++) {
      // Every 1,000th row repeats an earlier email to check the error path at scale too.
      const email = i % 1000 === 999 ? `person${i - 1}@example.com` : `person${i}@example.com`;
      lines.push(`Person ${i},${email},E${i},Dept ${i % 20},Engineer,person0@example.com,active,CC-${i % 7}`);
    }
    const bytes = csv(lines, "\r\n");
    expect(bytes.byteLength).toBeLessThan(10 * 1024 * 1024);

    const result = await parseIdentityCsv({ bytes, fileName: "big.csv", existingEmails: noneExist });

    expect(result.fileError).toBeUndefined();
    expect(result.totals).toEqual({ rows: 50_000, valid: 49_950, invalid: 50 });
    expect(result.rows[49_999].rowNumber).toBe(50_001);
    expect(result.rows[999].errors).toEqual([
      { column: "email", message: 'Duplicate email: "person998@example.com" is already used in row 1000.' },
    ]);
    expect(result.extraColumns).toEqual(["cost_center"]);
  }, 20_000);
});
