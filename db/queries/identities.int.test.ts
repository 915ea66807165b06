import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDb, testDrivers } from "@/db/testing";
import type { DbHandle } from "@/db/client";
import { applyIdentityImportFile, previewIdentityImport } from "@/lib/identities/import-service";
import { identityInputSchema } from "@/lib/identities/fields";
import { countIdentities, createIdentity, DuplicateEmailError, findIdentityByEmail, getIdentity, listIdentities, searchIdentities } from "./identities";

const csv = (lines: string[]) => ({ bytes: new TextEncoder().encode(lines.join("\n")), fileName: "people.csv", contentType: "text/csv" });
const header = "name,email,employee_id,department,title,manager_email,lifecycle_state,site";

describe.each(testDrivers())("identities on %s", (driver) => {
  let h: DbHandle;
  beforeAll(async () => {
    h = await openTestDb(driver);
  });
  afterAll(async () => {
    await h.close();
  });

  it("imports a file, linking managers that appear later in the file", async () => {
    const file = csv([header, "Rae Report,rae@corp.test,E2,Ops,Analyst,Mo.Boss@corp.test,active,Paris", "Mo Boss,mo.boss@corp.test,E1,Ops,Director,,active,Paris"]);
    const preview = await previewIdentityImport(h.db, file);
    expect(preview).toMatchObject({ ok: true, willCreate: 2, willUpdate: 0 });
    expect(await countIdentities(h.db)).toBe(0);
    const result = await applyIdentityImportFile(h.db, file);
    expect(result).toMatchObject({ applied: true, counts: { created: 2, updated: 0 } });
    const rae = await findIdentityByEmail(h.db, "RAE@corp.test");
    const full = await getIdentity(h.db, rae!.id);
    expect(full?.managerEmail).toBe("mo.boss@corp.test");
    expect(full?.attributes).toEqual({ site: "Paris" });
  });

  it("re-imports by email without duplicating, whatever the case", async () => {
    const file = csv([header, "Rae Renamed,RAE@CORP.TEST,E2,Ops,Senior Analyst,mo.boss@corp.test,active,Lyon"]);
    const result = await applyIdentityImportFile(h.db, file);
    expect(result).toMatchObject({ applied: true, counts: { created: 0, updated: 1 } });
    expect(await countIdentities(h.db)).toBe(2);
    const rae = await findIdentityByEmail(h.db, "rae@corp.test");
    expect(rae).toMatchObject({ name: "Rae Renamed", title: "Senior Analyst", attributes: { site: "Lyon" } });
  });

  it("applies nothing when any row is invalid", async () => {
    const file = csv([header, "New Person,new@corp.test,,,,,active,", ",missing-name@corp.test,,,,,active,", "Lost,lost@corp.test,,,,ghost@corp.test,active,"]);
    const result = await applyIdentityImportFile(h.db, file);
    expect(result.applied).toBe(false);
    if (!result.applied) {
      expect(result.preview.totals).toEqual({ rows: 3, valid: 1, invalid: 2 });
      expect(result.preview.invalidRows.map((r) => r.rowNumber)).toEqual([3, 4]);
    }
    expect(await findIdentityByEmail(h.db, "new@corp.test")).toBeUndefined();
    expect(await countIdentities(h.db)).toBe(2);
  });

  it("keeps emails unique without regard to case", async () => {
    const input = identityInputSchema.parse({ name: "Copy", email: "Mo.Boss@Corp.Test" });
    await expect(createIdentity(h.db, input)).rejects.toBeInstanceOf(DuplicateEmailError);
    // The database enforces it too, even if application code were bypassed.
    await expect(h.sql.query("insert into identities (name, email) values ('x', 'MO.BOSS@corp.test')")).rejects.toThrow();
  });

  it("lists with search, sort and pagination, and searches for the typeahead", async () => {
    const file = csv([header, ...Array.from({ length: 30 }, (_, i) => `Person ${String(i).padStart(2, "0")},p${i}@corp.test,,${i % 2 ? "Sales" : "Ops"},,,active,`)]);
    await applyIdentityImportFile(h.db, file);
    const page2 = await listIdentities(h.db, { q: "", sort: "name", dir: "asc", page: 2, pageSize: 25 });
    expect(page2.total).toBe(32);
    expect(page2.rows).toHaveLength(7);
    const sales = await listIdentities(h.db, { q: "sales", sort: "email", dir: "desc", page: 1, pageSize: 25 });
    expect(sales.total).toBe(15);
    expect(sales.rows[0].email >= sales.rows[1].email).toBe(true);
    const literal = await listIdentities(h.db, { q: "%", sort: "name", dir: "asc", page: 1, pageSize: 25 });
    expect(literal.total).toBe(0);
    const found = await searchIdentities(h.db, "mo");
    expect(found.map((f) => f.email)).toContain("mo.boss@corp.test");
  });
});
