import { expect, test, type Request } from "@playwright/test";
import { ADMIN, adminStatePath, signIn } from "./helpers";

test("first-run setup creates the first admin, then refuses to run again", async ({ page }) => {
  await page.goto("/");
  await expect(page).toHaveURL(/\/setup$/);
  await expect(page.getByRole("heading", { name: "First-run setup" })).toBeVisible();

  await page.getByLabel("Your name").fill(ADMIN.name);
  await page.getByLabel("Email").fill(ADMIN.email);
  await page.getByLabel("Password", { exact: true }).fill("short");
  await page.getByLabel("Confirm password").fill("short");
  await page.getByRole("button", { name: "Create admin account" }).click();
  await expect(page.getByText("Use at least 12 characters")).toBeVisible();

  await page.getByLabel("Password", { exact: true }).fill(ADMIN.password);
  await page.getByLabel("Confirm password").fill(ADMIN.password);
  const actionRequest = page.waitForRequest((r: Request) => r.method() === "POST" && !!r.headers()["next-action"]);
  await page.getByRole("button", { name: "Create admin account" }).click();
  const captured = await actionRequest;
  await expect(page).toHaveURL(/\/sign-in/);

  await page.goto("/setup");
  await expect(page.getByText("Setup is already complete")).toBeVisible();
  await expect(page.getByRole("button", { name: "Create admin account" })).toHaveCount(0);

  // Replaying the setup action by hand with another email must not create a second admin.
  const body = captured.postDataBuffer()!.toString("latin1").replaceAll(ADMIN.email, "mallory@example.com");
  const headers = { ...captured.headers() };
  delete headers["content-length"];
  const replay = await page.request.post(captured.url(), { headers, data: Buffer.from(body, "latin1") });
  expect(await replay.text()).toContain("Setup has already been completed");
  await signIn(page, "mallory@example.com", ADMIN.password);
  await expect(page.getByText("The email or password is not right.")).toBeVisible();

  await signIn(page, ADMIN.email, ADMIN.password);
  await expect(page.getByRole("heading", { name: "Overview", level: 1 })).toBeVisible();
  await page.context().storageState({ path: adminStatePath });
});
