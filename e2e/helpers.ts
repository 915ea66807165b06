import { expect, type Page } from "@playwright/test";

export const ADMIN = { name: "Erin Admin", email: "erin.admin@example.com", password: "correct-horse-battery-staple" };
export const adminStatePath = "test-results/.auth/admin.json";

export async function signIn(page: Page, email: string, password: string) {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

/** Adds an operator through Settings › Operators and returns the one-time password shown once. */
export async function addOperator(page: Page, op: { name: string; email: string; role: "Admin" | "Source admin" | "Viewer" }): Promise<string> {
  await page.goto("/settings/operators");
  await page.getByLabel("Name").fill(op.name);
  await page.getByLabel("Email").fill(op.email);
  await page.getByLabel("Role", { exact: true }).selectOption({ label: op.role });
  await page.getByRole("button", { name: "Add operator" }).click();
  await expect(page.getByText(`Operator ${op.email} added`)).toBeVisible();
  const otp = (await page.getByTestId("one-time-password").textContent())?.trim();
  expect(otp).toBeTruthy();
  return otp!;
}

export async function changeOwnPassword(page: Page, current: string, next: string) {
  await expect(page).toHaveURL(/\/change-password/);
  await page.getByLabel("Current password").fill(current);
  await page.getByLabel("New password", { exact: true }).fill(next);
  await page.getByLabel("Confirm new password").fill(next);
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByRole("heading", { name: "Overview", level: 1 })).toBeVisible();
}

export async function expectAuditEvent(page: Page, action: string, text: string | RegExp) {
  await page.goto(`/audit?action=${encodeURIComponent(action)}`);
  await expect(page.getByRole("row").filter({ hasText: text }).first()).toBeVisible();
}

/** Id of the newest run in a Run history table on the page (null when there is none yet). */
export async function newestRunId(page: Page): Promise<string | null> {
  const first = page.getByTestId("run-row").first();
  return (await first.count()) ? await first.getAttribute("data-run-id") : null;
}

/**
 * Waits until Run history shows a run newer than `previousId` and that run succeeded. Checking only
 * "the first row says Succeeded" passes too early when the previous run is still listed first, which
 * is what happens while a separate worker process has not picked the new run up yet.
 */
export async function waitForNewRunToSucceed(page: Page, previousId: string | null) {
  const first = page.getByTestId("run-row").first();
  await expect(first).toBeVisible({ timeout: 60_000 });
  if (previousId) await expect(first).not.toHaveAttribute("data-run-id", previousId, { timeout: 60_000 });
  await expect(first.getByText("Succeeded")).toBeVisible({ timeout: 120_000 });
}
