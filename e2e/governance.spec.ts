import { expect, test } from "@playwright/test";
import { adminStatePath, expectAuditEvent } from "./helpers";

test.use({ storageState: adminStatePath });

test("governance group: create, add a member by typeahead, remove, rename, delete", async ({ page }) => {
  await page.goto("/identities/new");
  await page.getByLabel("Name").fill("Gina Governance");
  await page.getByLabel("Email", { exact: true }).fill("gina@governance.test");
  await page.getByRole("button", { name: "Create identity" }).click();
  await expect(page.getByRole("heading", { name: "Gina Governance", level: 1 })).toBeVisible();

  await page.goto("/governance-groups");
  await page.getByLabel("Group name").fill("Finance Approvers");
  await page.getByRole("button", { name: "Create group" }).click();
  await page.getByRole("link", { name: "Finance Approvers" }).click();

  const search = page.getByRole("combobox", { name: "Add a member" });
  await search.fill("g");
  await expect(page.getByRole("option")).toHaveCount(0);
  await search.fill("gi");
  const option = page.getByRole("option", { name: /Gina Governance/ });
  await expect(option).toBeVisible();
  await search.press("ArrowDown");
  await search.press("Enter");
  await page.getByRole("button", { name: "Add member" }).click();
  await expect(page.getByText("Gina Governance was added.")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Members (1)" })).toBeVisible();

  await page.getByRole("button", { name: "Remove Gina Governance" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Remove member" }).click();
  await expect(page.getByRole("heading", { name: "Members (0)" })).toBeVisible();

  await page.getByLabel("Group name").fill("Finance Owners");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("heading", { name: "Finance Owners", level: 1 })).toBeVisible();

  await page.getByRole("button", { name: "Delete group" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Delete group" }).click();
  await expect(page).toHaveURL(/\/governance-groups$/);
  await expect(page.getByRole("link", { name: "Finance Owners" })).toHaveCount(0);

  await expectAuditEvent(page, "governance_group.member_added", "Finance Approvers");
  await expectAuditEvent(page, "governance_group.member_removed", "Finance");
  await expectAuditEvent(page, "governance_group.renamed", "Finance Owners");
  await expectAuditEvent(page, "governance_group.deleted", "Finance Owners");
});
