import { expect, test } from "@playwright/test";
import { simPort } from "../playwright.config";
import { adminStatePath, expectAuditEvent } from "./helpers";

test.use({ storageState: adminStatePath });
test.describe.configure({ mode: "serial" });

test("aggregate the workspace from the UI, watch it finish, correlate an orphan by hand", async ({ page, request }) => {
  test.setTimeout(180_000);
  // The HR file that goes with the simulated workspace, imported the way an admin would.
  const csv = await (await request.get(`http://127.0.0.1:${simPort}/_control/identities.csv`)).text();
  await page.goto("/identities/import");
  await page.getByLabel("CSV file").setInputFiles({ name: "hr.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
  await expect(page.getByText("Ready to import")).toBeVisible();
  await page.getByRole("button", { name: "Apply import" }).click();
  await expect(page.getByText("Import complete")).toBeVisible();

  await page.goto("/sources");
  await page.getByRole("link", { name: "Slack Production" }).click();
  await page.getByRole("navigation", { name: "Source settings" }).getByRole("link", { name: "Aggregation" }).click();
  await page.getByRole("button", { name: "Aggregate accounts" }).click();
  await expect(page.getByText("Run queued.")).toBeVisible();
  const latest = page.getByTestId("run-row").first();
  await expect(latest.getByText(/Queued|Running|Succeeded/)).toBeVisible();
  await expect(latest.getByText("Succeeded")).toBeVisible({ timeout: 120_000 });

  await page.getByRole("navigation", { name: "Source settings" }).getByRole("link", { name: "Accounts" }).click();
  await expect(page.getByRole("heading", { name: /Accounts \(\d+\)/ })).toBeVisible();
  const heading = await page.getByRole("heading", { name: /Accounts \(\d+\)/ }).textContent();
  expect(Number(heading!.match(/\((\d+)\)/)![1])).toBeGreaterThanOrEqual(300);

  await page.getByRole("navigation", { name: "Source settings" }).getByRole("link", { name: "Correlation" }).click();
  const correlated = Number((await page.getByText("Correlated automatically").locator("..").locator("span").last().textContent())!.replace(/,/g, ""));
  expect(correlated).toBeGreaterThan(200);

  // An orphan (no rule matched), correlated by hand to Owen Owner.
  const orphanRow = page.getByRole("row").filter({ hasText: "No rule matched" }).first();
  const orphanName = (await orphanRow.getByRole("link").first().textContent())!.trim();
  await orphanRow.getByRole("button", { name: /^Correlate / }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByRole("combobox", { name: "Identity" }).fill("Owen");
  await dialog.getByRole("option", { name: /Owen Owner/ }).click();
  await dialog.getByRole("button", { name: "Correlate" }).click();
  await expect(dialog).toBeHidden();

  await page.goto("/identities?q=owen.owner");
  await page.getByRole("link", { name: "Owen Owner" }).click();
  await expect(page.getByRole("list", { name: "Accounts" }).getByRole("link", { name: orphanName })).toBeVisible();
  await expect(page.getByRole("list", { name: "Accounts" })).toContainText("manual");
  await expectAuditEvent(page, "account.correlated_manually", "Slack Production");
  await expectAuditEvent(page, "source.aggregate-accounts_started", "Slack Production");
});
