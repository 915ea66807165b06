import { describe, expect, it, vi } from "vitest";
import { WHOLE_ROW } from "@/lib/identities/csv-import";
import type { ExistingEmailsLookup } from "@/lib/identities/csv-import";
import { preview, errorsByRow, HEADER } from "./csv-import-testing";

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
