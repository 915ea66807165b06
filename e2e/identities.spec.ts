import { expect, test } from "@playwright/test";
import { adminStatePath, expectAuditEvent } from "./helpers";

test.use({ storageState: adminStatePath });

function csvFile(name: string, text: string) {
  return { name, mimeType: "text/csv", buffer: Buffer.from(text, "utf8") };
}

const good = [
  "name,email,employee_id,department,title,manager_email,lifecycle_state,cost_center",
  "Maria Manager,maria.manager@acme.test,E1,Finance,Head of Finance,,active,CC-1",
  "Rob Report,rob.report@acme.test,E2,Finance,Accountant,maria.manager@acme.test,active,CC-1",
  "Sue Second,sue.second@acme.test,E3,Finance,Analyst,MARIA.MANAGER@acme.test,prehire,CC-2",
].join("\n");

test("CSV import: preview, apply, bad rows, and a re-import that updates by email", async ({ page }) => {
  await page.goto("/identities/import");
  await page.getByLabel("CSV file").setInputFiles(csvFile("people.csv", good));
  await expect(page.getByText("Ready to import")).toBeVisible();
  await expect(page.getByText("3 rows: 3 new, 0 updated")).toBeVisible();
  await page.getByRole("button", { name: "Apply import" }).click();
  await expect(page.getByText("3 rows imported: 3 new, 0 updated.")).toBeVisible();

  await page.goto("/identities?q=acme.test");
  await expect(page.getByText("Showing 1–3 of 3")).toBeVisible();
  await page.getByRole("link", { name: "Rob Report" }).click();
  await expect(page.getByRole("link", { name: "Maria Manager" })).toBeVisible();
  await expect(page.getByText("CC-1")).toBeVisible();

  const bad = [
    "name,email,manager_email,lifecycle_state",
    ",nameless@acme.test,,",
    "Bad Email,not-an-email,,",
    "Dup One,dup@acme.test,,",
    "Dup Two,DUP@acme.test,,",
    "Lost Report,lost@acme.test,nobody@acme.test,",
    "Odd State,odd@acme.test,,retired",
  ].join("\n");
  await page.goto("/identities/import");
  await page.getByLabel("CSV file").setInputFiles(csvFile("bad.csv", bad));
  await expect(page.getByText("5 of 6 rows have errors")).toBeVisible();
  await expect(page.getByTestId("error-row-2")).toContainText("Name is required");
  await expect(page.getByTestId("error-row-3")).toContainText("not a valid email");
  await expect(page.getByTestId("error-row-5")).toContainText(/duplicate/i);
  await expect(page.getByTestId("error-row-6")).toContainText(/manager/i);
  await expect(page.getByTestId("error-row-7")).toContainText("not a lifecycle state");
  await expect(page.getByRole("button", { name: "Apply import" })).toBeDisabled();

  await page.getByLabel("CSV file").setInputFiles({ name: "photo.png", mimeType: "image/png", buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]) });
  await expect(page.getByText(/not a CSV|binary|\.csv/i).first()).toBeVisible();
  await expect(page.getByRole("button", { name: "Apply import" })).toHaveCount(0);

  const reimport = good.replace("Accountant", "Senior Accountant").replace("Sue Second", "Susan Second");
  await page.getByLabel("CSV file").setInputFiles(csvFile("people-v2.csv", reimport));
  await expect(page.getByText("3 rows: 0 new, 3 updated")).toBeVisible();
  await page.getByRole("button", { name: "Apply import" }).click();
  await expect(page.getByText("3 rows imported: 0 new, 3 updated.")).toBeVisible();

  await page.goto("/identities?q=acme.test");
  await expect(page.getByText("Showing 1–3 of 3")).toBeVisible();
  await expect(page.getByRole("link", { name: "Susan Second" })).toBeVisible();
  await expect(page.getByText("Senior Accountant")).toBeVisible();

  await expectAuditEvent(page, "identity.import_applied", "people.csv");
  await expectAuditEvent(page, "identity.import_applied", "people-v2.csv");
});

test("create and edit an identity, with field errors next to the field", async ({ page }) => {
  await page.goto("/identities/new");
  await page.getByLabel("Name").fill("<b>Tess</b> Tag");
  await page.getByLabel("Email", { exact: true }).fill("maria.manager@ACME.test");
  await page.getByRole("button", { name: "Create identity" }).click();
  await expect(page.getByText("An identity with the email maria.manager@ACME.test already exists")).toBeVisible();
  await page.getByLabel("Email", { exact: true }).fill("tess@acme.test");
  await page.getByRole("button", { name: "Create identity" }).click();
  await expect(page.getByRole("heading", { name: "<b>Tess</b> Tag", level: 1 })).toBeVisible();
  await page.getByRole("link", { name: "Edit" }).click();
  await page.getByLabel("Department").fill("Research");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByText("Research")).toBeVisible();
  await expectAuditEvent(page, "identity.updated", "tess@acme.test");
});
