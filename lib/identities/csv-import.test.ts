import { describe, expect, it, vi } from "vitest";
import { WHOLE_ROW, parseIdentityCsv } from "@/lib/identities/csv-import";
import type { CsvPreview, ExistingEmailsLookup } from "@/lib/identities/csv-import";

const noneExist: ExistingEmailsLookup = () => new Set();

function csv(lines: string[], eol = "\n"): Uint8Array {
  return new TextEncoder().encode(lines.join(eol) + eol);
}

async function preview(
  lines: string[],
  options: { existingEmails?: ExistingEmailsLookup; eol?: string; fileName?: string } = {},
): Promise<CsvPreview> {
  return parseIdentityCsv({
    bytes: csv(lines, options.eol),
    fileName: options.fileName ?? "people.csv",
    existingEmails: options.existingEmails ?? noneExist,
  });
}

/** Row number → errors, for compact assertions. */
function errorsByRow(result: CsvPreview) {
  return Object.fromEntries(result.rows.filter((row) => row.errors.length).map((row) => [row.rowNumber, row.errors]));
}

const HEADER = "name,email,employee_id,department,title,manager_email,lifecycle_state";

describe("parseIdentityCsv: a good file", () => {
  it("returns normalised values for every row and ok: true", async () => {
    const result = await preview([
      HEADER,
      "Grace Hopper,Grace@Example.com,E1,Engineering,Rear Admiral,,active",
      " Ada Lovelace , ada@example.com ,E2,Engineering,Analyst,grace@example.com,Prehire",
      "Alan Turing,alan@example.com,,,,,",
    ]);

    expect(result.ok).toBe(true);
    expect(result.fileError).toBeUndefined();
    expect(result.totals).toEqual({ rows: 3, valid: 3, invalid: 0 });
    expect(result.columns).toEqual(["name", "email", "employee_id", "department", "title", "manager_email", "lifecycle_state"]);
    expect(result.extraColumns).toEqual([]);
    expect(result.rows).toEqual([
      {
        rowNumber: 2,
        emailKey: "grace@example.com",
        valid: true,
        errors: [],
        values: {
          name: "Grace Hopper",
          email: "Grace@Example.com",
          employeeId: "E1",
          department: "Engineering",
          title: "Rear Admiral",
          lifecycleState: "active",
          attributes: {},
        },
      },
      {
        rowNumber: 3,
        emailKey: "ada@example.com",
        valid: true,
        errors: [],
        values: {
          name: "Ada Lovelace",
          email: "ada@example.com",
          employeeId: "E2",
          department: "Engineering",
          title: "Analyst",
          managerEmail: "grace@example.com",
          lifecycleState: "prehire",
          attributes: {},
        },
      },
      {
        rowNumber: 4,
        emailKey: "alan@example.com",
        valid: true,
        errors: [],
        values: { name: "Alan Turing", email: "alan@example.com", lifecycleState: "active", attributes: {} },
      },
    ]);
  });

  it("matches headers loosely and needs only name and email", async () => {
    const result = await preview([" Name ,E-mail,EMAIL", "x,y,z"]);
    // "E-mail" is not "email": it becomes an attribute, and EMAIL is the email column.
    expect(result.ok).toBe(false);
    expect(errorsByRow(result)).toEqual({ 2: [{ column: "EMAIL", message: '"z" is not a valid email address' }] });

    const loose = await preview(["Full-Name,Name,Email Address,EMAIL,Employee ID,Manager-Email,Lifecycle State", "a,Ann,x,ann@x.io,E9,,Leaver"]);
    expect(loose.ok).toBe(true);
    expect(loose.rows[0].values).toEqual({
      name: "Ann",
      email: "ann@x.io",
      employeeId: "E9",
      lifecycleState: "leaver",
      attributes: { "Full-Name": "a", "Email Address": "x" },
    });
  });
});

describe("parseIdentityCsv: bad rows", () => {
  it("reports every kind of row error with its column and spreadsheet row number", async () => {
    const result = await preview([
      HEADER,
      "Good Person,good@x.io,,,,,", // row 2
      ",missing-name@x.io,,,,,", // row 3
      "No Email,,,,,,", // row 4
      "Bad Email,not-an-email,,,,,", // row 5
      "Dup,GOOD@x.io,,,,,", // row 6
      "Bad State,state@x.io,,,,,retired", // row 7
      "Orphan,orphan@x.io,,,,nobody@x.io,", // row 8
      "Short Row,short@x.io", // row 9
      "", // row 10: blank lines are skipped but still count
      "Long Row,long@x.io,,,,,,surplus", // row 11
      "Bad Manager,bm@x.io,,,,boss@,", // row 12
      "Many,,,,,,nope", // row 13
    ]);

    expect(result.ok).toBe(false);
    expect(result.fileError).toBeUndefined();
    expect(result.totals).toEqual({ rows: 11, valid: 1, invalid: 10 });
    expect(errorsByRow(result)).toEqual({
      3: [{ column: "name", message: "Name is required" }],
      4: [{ column: "email", message: "Email is required" }],
      5: [{ column: "email", message: '"not-an-email" is not a valid email address' }],
      6: [{ column: "email", message: 'Duplicate email: "GOOD@x.io" is already used in row 2.' }],
      7: [{ column: "lifecycle_state", message: '"retired" is not a lifecycle state. Use one of: active, inactive, leaver, prehire' }],
      8: [{ column: "manager_email", message: 'Manager "nobody@x.io" is not in this file or among existing identities.' }],
      9: [{ column: WHOLE_ROW, message: "This row has 2 values but the header has 7 columns. Check for a missing value or an unquoted comma." }],
      11: [{ column: WHOLE_ROW, message: "This row has 8 values but the header has 7 columns. Check for a missing value or an unquoted comma." }],
      12: [{ column: "manager_email", message: '"boss@" is not a valid email address' }],
      13: [
        { column: "email", message: "Email is required" },
        { column: "lifecycle_state", message: '"nope" is not a lifecycle state. Use one of: active, inactive, leaver, prehire' },
      ],
    });
  });

  it("keeps what was in the file on invalid rows so the preview can show it", async () => {
    const result = await preview([HEADER, " Bad State , State@X.io ,,,,,Retired "]);
    const [row] = result.rows;
    expect(row.valid).toBe(false);
    expect(row.emailKey).toBe("state@x.io");
    expect(row.values).toEqual({ name: "Bad State", email: "State@X.io", lifecycleState: "Retired", attributes: {} });
  });

  it("names the column as written in the header", async () => {
    const result = await preview(["Name,Email,Lifecycle State", "A,a@x.io,gone"]);
    expect(errorsByRow(result)[2]).toEqual([
      { column: "Lifecycle State", message: '"gone" is not a lifecycle state. Use one of: active, inactive, leaver, prehire' },
    ]);
  });
});

describe("parseIdentityCsv: duplicate emails", () => {
  it("flags later occurrences regardless of case and points at the first", async () => {
    const result = await preview([
      "name,email",
      "First,Ada@Example.com",
      "Second,ada@example.com",
      "Other,other@example.com",
      "Third,ADA@EXAMPLE.COM",
    ]);
    expect(result.ok).toBe(false);
    expect(result.totals).toEqual({ rows: 4, valid: 2, invalid: 2 });
    expect(errorsByRow(result)).toEqual({
      3: [{ column: "email", message: 'Duplicate email: "ada@example.com" is already used in row 2.' }],
      5: [{ column: "email", message: 'Duplicate email: "ADA@EXAMPLE.COM" is already used in row 2.' }],
    });
  });
});

describe("parseIdentityCsv: managers", () => {
  it("treats a manager in the file as known even when listed later, and asks the caller only about the rest", async () => {
    const existingEmails = vi.fn<ExistingEmailsLookup>(async (emails) => new Set(emails.filter((e) => e === "ceo@x.io")));
    const result = await preview(
      [
        "name,email,manager_email",
        "Report,report@x.io,Lead@X.io", // lead appears later in the file
        "Lead,lead@x.io,CEO@x.io", // CEO exists in the database
        "Lost,lost@x.io,ghost@x.io", // nowhere
        "Also Lost,also@x.io,GHOST@x.io",
      ],
      { existingEmails },
    );

    expect(existingEmails).toHaveBeenCalledTimes(1);
    expect(existingEmails).toHaveBeenCalledWith(["ceo@x.io", "ghost@x.io"]);
    expect(errorsByRow(result)).toEqual({
      4: [{ column: "manager_email", message: 'Manager "ghost@x.io" is not in this file or among existing identities.' }],
      5: [{ column: "manager_email", message: 'Manager "GHOST@x.io" is not in this file or among existing identities.' }],
    });
    expect(result.rows[0].values.managerEmail).toBe("Lead@X.io");
  });

  it("does not call the lookup when every manager is in the file", async () => {
    const existingEmails = vi.fn<ExistingEmailsLookup>(() => new Set());
    const result = await preview(["name,email,manager_email", "A,a@x.io,b@x.io", "B,b@x.io,"], { existingEmails });
    expect(result.ok).toBe(true);
    expect(existingEmails).not.toHaveBeenCalled();
  });

  it("matches the lookup's answer case-insensitively", async () => {
    const result = await preview(["name,email,manager_email", "A,a@x.io,Boss@x.io"], {
      existingEmails: () => new Set(["Boss@X.io"]),
    });
    expect(result.ok).toBe(true);
  });
});

describe("parseIdentityCsv: extra columns", () => {
  it("keeps unknown columns as attributes keyed by the header as written, omitting blanks", async () => {
    const result = await preview(["name,email, Cost Center ,Location", "A,a@x.io,CC-1,", "B,b@x.io,CC-2,Berlin"]);
    expect(result.ok).toBe(true);
    expect(result.extraColumns).toEqual(["Cost Center", "Location"]);
    expect(result.rows.map((row) => row.values.attributes)).toEqual([{ "Cost Center": "CC-1" }, { "Cost Center": "CC-2", Location: "Berlin" }]);
  });
});

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
