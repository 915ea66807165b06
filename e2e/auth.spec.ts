import { expect, test } from "@playwright/test";
import { ADMIN, addOperator, adminStatePath, expectAuditEvent, signIn } from "./helpers";

test.describe("sign-in", () => {
  test("signs in and out, and the session ends with sign-out", async ({ page }) => {
    await signIn(page, ADMIN.email, ADMIN.password);
    await expect(page.getByRole("heading", { name: "Overview", level: 1 })).toBeVisible();
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/sign-in/);
    await page.goto("/identities");
    await expect(page).toHaveURL(/\/sign-in/);
  });

  test("a wrong password is refused with a clear message", async ({ page }) => {
    await signIn(page, ADMIN.email, "not-the-password");
    await expect(page.getByText("The email or password is not right.")).toBeVisible();
  });
});

test.describe("lockout", () => {
  test.use({ storageState: adminStatePath });

  test("after 5 failed sign-ins the right password is refused with 'try again later'", async ({ page, browser }) => {
    const email = "locked.out@example.com";
    const otp = await addOperator(page, { name: "Lou Locked", email, role: "Viewer" });
    const anonCtx = await browser.newContext({ storageState: { cookies: [], origins: [] } });
    const anon = await anonCtx.newPage();
    for (let i = 1; i <= 5; i++) {
      await signIn(anon, email, `wrong-password-${i}`);
      await expect(anon.getByText("The email or password is not right.")).toBeVisible();
    }
    await signIn(anon, email, otp);
    await expect(anon.getByText(/Too many failed sign-ins.*Try again later/)).toBeVisible();
    await expect(anon).toHaveURL(/\/sign-in/);
    await anonCtx.close();

    await expectAuditEvent(page, "auth.sign_in_failed", email);
    await expectAuditEvent(page, "auth.sign_in_locked", email);
  });
});

test.describe("operators", () => {
  test.use({ storageState: adminStatePath });

  test("a disabled operator's session stops working on the next request", async ({ page, browser }) => {
    const email = "dana.disabled@example.com";
    const otp = await addOperator(page, { name: "Dana Disabled", email, role: "Viewer" });
    const ctx = await browser.newContext({ storageState: { cookies: [], origins: [] } });
    const other = await ctx.newPage();
    await signIn(other, email, otp);
    await other.getByLabel("Current password").fill(otp);
    await other.getByLabel("New password", { exact: true }).fill("dana-new-password-1");
    await other.getByLabel("Confirm new password").fill("dana-new-password-1");
    await other.getByRole("button", { name: "Change password" }).click();
    await expect(other.getByRole("heading", { name: "Overview", level: 1 })).toBeVisible();

    await page.goto("/settings/operators");
    const row = page.getByRole("row").filter({ hasText: email });
    await row.getByRole("button", { name: `Disable ${email}` }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Disable operator" }).click();
    await expect(row.getByText("Disabled", { exact: true })).toBeVisible();

    await other.goto("/identities");
    await expect(other).toHaveURL(/\/sign-in/);
    await signIn(other, email, "dana-new-password-1");
    await expect(other.getByText("This operator account is disabled.", { exact: false })).toBeVisible();
    await ctx.close();

    await row.getByRole("button", { name: "Enable" }).click();
    await expect(row.getByText("Active", { exact: true })).toBeVisible();
    await expectAuditEvent(page, "operator.disabled", email);
    await expectAuditEvent(page, "operator.enabled", email);
  });
});
