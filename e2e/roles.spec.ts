import { expect, test, type Request } from "@playwright/test";
import { addOperator, adminStatePath, changeOwnPassword, signIn } from "./helpers";

test.use({ storageState: adminStatePath });

test("a viewer can read but cannot reach or call any admin action", async ({ page, browser }) => {
  // Capture a real admin server action (create governance group) to replay as the viewer.
  await page.goto("/governance-groups");
  await page.getByLabel("Group name").fill("Admins Only Group");
  const actionRequest = page.waitForRequest((r: Request) => r.method() === "POST" && !!r.headers()["next-action"]);
  await page.getByRole("button", { name: "Create group" }).click();
  const captured = await actionRequest;
  await expect(page.getByRole("link", { name: "Admins Only Group" })).toBeVisible();

  const email = "vic.viewer@example.com";
  const otp = await addOperator(page, { name: "Vic Viewer", email, role: "Viewer" });

  const ctx = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const viewer = await ctx.newPage();
  await signIn(viewer, email, otp);
  await changeOwnPassword(viewer, otp, "vic-viewer-password-1");

  await viewer.goto("/identities");
  await expect(viewer.getByRole("heading", { name: "Identities", level: 1 })).toBeVisible();
  await expect(viewer.getByRole("link", { name: "New identity" })).toHaveCount(0);
  await expect(viewer.getByRole("link", { name: "Import CSV" })).toHaveCount(0);

  for (const path of ["/settings/operators", "/identities/new", "/identities/import"]) {
    await viewer.goto(path);
    await expect(viewer.getByRole("heading", { name: "You do not have access to this page" })).toBeVisible();
  }
  await viewer.goto("/governance-groups");
  await expect(viewer.getByRole("button", { name: "Create group" })).toHaveCount(0);

  // Call the server action directly with the viewer's session.
  const body = captured.postDataBuffer()!.toString("latin1").replaceAll("Admins Only Group", "Viewer Made This");
  const headers = { ...captured.headers() };
  delete headers["content-length"];
  delete headers["cookie"];
  const res = await viewer.request.post(captured.url(), { headers, data: Buffer.from(body, "latin1") });
  expect(await res.text()).toContain("You do not have permission to do this.");
  await ctx.close();

  await page.goto("/governance-groups");
  await expect(page.getByRole("link", { name: "Viewer Made This" })).toHaveCount(0);
});
