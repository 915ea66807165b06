import fs from "node:fs";
import { expect, test, type Page, type Request } from "@playwright/test";
import { TOKENS } from "../slack-sim/auth/token-table";
import { simPort } from "../playwright.config";
import { addOperator, adminStatePath, changeOwnPassword, expectAuditEvent, signIn } from "./helpers";

test.use({ storageState: adminStatePath });
test.describe.configure({ mode: "serial" });

const simApi = `http://127.0.0.1:${simPort}/api/`;

/** Screenshots for the README land in test-results/screenshots; copy good ones to docs/screenshots. */
async function shot(page: Page, name: string) {
  await page.screenshot({ path: `test-results/screenshots/${name}.png`, fullPage: true });
}

async function typeTwoLettersAtATime(page: Page, label: string, text: string) {
  const box = page.getByRole("combobox", { name: label });
  const options = page.getByRole("listbox", { name: label }).getByRole("option");
  await box.fill(text.slice(0, 1));
  await expect(page.getByText("Type at least 2 letters").first()).toBeAttached();
  await expect(options).toHaveCount(0);
  await box.fill(text.slice(0, 2));
  await expect(options.first()).toBeVisible();
  await box.fill(text);
}

/** Walks the documented flow from the sidebar to a passed Test Connection. */
/** As the README says: the Slack source (SCIM mode) with admin plus users:read for roles; Activity Insights with admin. */
const TOKEN_FOR = { Slack: TOKENS.adminFull, "Activity Insights - Slack": TOKENS.admin } as const;

async function createSourceAsDocumented(page: Page, opts: { connector: "Slack" | "Activity Insights - Slack"; search: string; name: string; configure: (page: Page) => Promise<void> }) {
  const token = TOKEN_FOR[opts.connector];
  await page.goto("/");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Sources" }).click();
  await expect(page.getByRole("heading", { name: "Sources", level: 1 })).toBeVisible();
  await page.getByRole("link", { name: "Create New" }).click();
  await page.getByLabel("Search connectors").fill(opts.search);
  if (opts.connector === "Slack") await shot(page, "source-catalog");
  await page.getByRole("button", { name: new RegExp(`^${opts.connector}`) }).click();
  await page.getByLabel("Name").fill(opts.name);
  await page.getByLabel("Description").fill(`${opts.name} <b>for the e2e suite</b>`);
  await typeTwoLettersAtATime(page, "Source Owner", "Owen Owner");
  await page.getByRole("option", { name: /Owen Owner/ }).click();
  await page.getByLabel("Governance Group").selectOption({ label: "Slack Owners" });
  if (opts.connector === "Slack") await shot(page, "source-create-form");
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByRole("heading", { name: opts.name, level: 1 })).toBeVisible();
  await expect(page.getByLabel("Description")).toHaveValue(`${opts.name} <b>for the e2e suite</b>`);

  await page.getByRole("link", { name: "Configuration", exact: true }).click();
  await page.getByLabel("Access Token").fill(token);
  await opts.configure(page);
  await page.getByText("Advanced").click();
  await page.getByLabel("API base URL").fill(simApi);
  if (opts.connector === "Slack") await shot(page, "source-configuration");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText("Configuration saved.")).toBeVisible();
  await expect(page.getByTestId("token-hint")).toHaveText(`xoxp-…${token.slice(-4)}`);

  await page.getByRole("link", { name: "Review and Test" }).click();
  await page.getByRole("button", { name: "Test Connection" }).click();
  await expect(page.getByText("Connection test passed")).toBeVisible({ timeout: 20_000 });
  const statuses = await page.getByTestId("check-status").allTextContents();
  expect(statuses.length).toBeGreaterThanOrEqual(4);
  expect(new Set(statuses)).toEqual(new Set(["Passed"]));
  if (opts.connector !== "Slack") await shot(page, "source-review-and-test");
}

test("an admin walks the documented setup for both connectors, and the token never leaks", async ({ page }) => {
  const actionBodies: string[] = [];
  page.on("response", async (res) => {
    if (res.request().headers()["next-action"]) actionBodies.push(await res.text().catch(() => ""));
  });

  await page.goto("/identities/new");
  await page.getByLabel("Name").fill("Owen Owner");
  await page.getByLabel("Email", { exact: true }).fill("owen.owner@sources.test");
  await page.getByRole("button", { name: "Create identity" }).click();
  await expect(page.getByRole("heading", { name: "Owen Owner", level: 1 })).toBeVisible();
  await page.goto("/governance-groups");
  await page.getByLabel("Group name").fill("Slack Owners");
  await page.getByRole("button", { name: "Create group" }).click();
  await expect(page.getByRole("link", { name: "Slack Owners" })).toBeVisible();

  await createSourceAsDocumented(page, {
    connector: "Slack",
    search: "slack",
    name: "Slack Production",
    configure: async (p) => {
      await p.getByLabel("API mode").selectOption({ label: "SCIM v2 (default)" });
      await p.getByLabel("Page size").fill("200");
    },
  });
  await createSourceAsDocumented(page, {
    connector: "Activity Insights - Slack",
    search: "activity",
    name: "Slack Activity",
    configure: async (p) => {
      await p.getByLabel("Slack source").selectOption({ label: "Slack Production" });
      await p.getByLabel("Schedule").selectOption({ label: "Daily (default)" });
    },
  });

  await page.goto("/sources");
  for (const name of ["Slack Production", "Slack Activity"]) {
    const row = page.getByRole("row").filter({ hasText: name });
    await expect(row.getByText("Healthy")).toBeVisible();
    await expect(row.getByText("Passed")).toBeVisible();
  }

  // The token is absent from every source page, every action response, the audit log and the server log.
  const ids = await page.getByRole("link", { name: /^Slack (Production|Activity)$/ }).evaluateAll((as) => as.map((a) => a.getAttribute("href")!.split("/")[2]));
  const used = Object.values(TOKEN_FOR);
  for (const id of ids) {
    for (const sub of ["base-configuration", "configuration", "review-and-test"]) {
      const html = await (await page.request.get(`/sources/${id}/${sub}`)).text();
      if (sub !== "base-configuration") expect(used.some((t) => html.includes(`xoxp-…${t.slice(-4)}`)), `${sub} shows the token hint`).toBe(true);
      for (const token of used) {
        expect(html.includes(token), `${sub} HTML contains the token`).toBe(false);
        expect(html.includes(token.slice(5, 30)), `${sub} HTML contains part of the token`).toBe(false);
      }
    }
  }
  expect(actionBodies.length).toBeGreaterThan(0);
  for (const body of actionBodies) for (const token of used) expect(body.includes(token), "an action response contains the token").toBe(false);
  for (const action of ["source.created", "source.token_replaced", "source.tested"]) {
    await page.goto(`/audit?action=${action}`);
    for (const token of used) expect((await page.content()).includes(token), "the audit log contains the token").toBe(false);
  }
  await expectAuditEvent(page, "source.tested", "Slack Activity");
  const serverLog = fs.readFileSync(".test-data/e2e-server.log", "utf8");
  expect(serverLog.length).toBeGreaterThan(0);
  for (const token of used) expect(serverLog.includes(token), "the server log contains the token").toBe(false);
});

test("bad input is refused next to the field: bot token, duplicate name", async ({ page }) => {
  await page.goto("/sources/new");
  await page.getByRole("button", { name: /^Slack/ }).first().click();
  await page.getByLabel("Name").fill("slack production");
  await typeTwoLettersAtATime(page, "Source Owner", "Owen");
  await page.getByRole("option", { name: /Owen Owner/ }).click();
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByText("A source with this name already exists. Choose another name.")).toBeVisible();

  await page.getByLabel("Name").fill("Slack Bot Attempt");
  await page.getByRole("button", { name: "Continue" }).click();
  await page.getByRole("link", { name: "Configuration", exact: true }).click();
  await page.getByLabel("Access Token").fill(TOKENS.bot);
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText("This is a bot token. Use the User OAuth Token (xoxp-) from Install App.")).toBeVisible();
  await page.getByLabel("Access Token").fill("not a token");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText(/spaces or line breaks|does not look like a Slack user token/)).toBeVisible();

  await page.getByRole("link", { name: "Base Configuration" }).click();
  await page.getByRole("button", { name: "Delete" }).click();
  const dialog = page.getByRole("dialog");
  await expect(dialog.getByRole("button", { name: "Delete source" })).toBeDisabled();
  await dialog.getByRole("textbox").fill("Slack Bot Attempt");
  await dialog.getByRole("button", { name: "Delete source" }).click();
  await expect(page).toHaveURL(/\/sources$/);
  await expect(page.getByRole("link", { name: "Slack Bot Attempt" })).toHaveCount(0);
  await expectAuditEvent(page, "source.deleted", "Slack Bot Attempt");
});

test("a source admin outside the source's governance group cannot edit or test it, even by calling the action", async ({ page, browser }) => {
  await page.goto("/sources");
  await page.getByRole("link", { name: "Slack Production" }).click();
  await page.getByRole("link", { name: "Review and Test" }).click();
  const captured = page.waitForRequest((r: Request) => r.method() === "POST" && !!r.headers()["next-action"]);
  await page.getByRole("button", { name: "Test Connection" }).click();
  const testRequest = await captured;
  await expect(page.getByText("Connection test passed")).toBeVisible({ timeout: 20_000 });

  const email = "sam.source@example.com";
  const otp = await addOperator(page, { name: "Sam Source", email, role: "Source admin" });
  const ctx = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const other = await ctx.newPage();
  await signIn(other, email, otp);
  await changeOwnPassword(other, otp, "sam-source-password-1");
  await other.goto("/sources");
  await other.getByRole("link", { name: "Slack Production" }).click();
  await expect(other.getByText("Read only")).toBeVisible();
  await expect(other.getByRole("button", { name: "Save" })).toHaveCount(0);
  await other.getByRole("link", { name: "Review and Test" }).click();
  await expect(other.getByRole("button", { name: "Test Connection" })).toHaveCount(0);

  const headers = { ...testRequest.headers() };
  delete headers["content-length"];
  delete headers["cookie"];
  const res = await other.request.post(testRequest.url(), { headers, data: testRequest.postDataBuffer()! });
  expect(await res.text()).toContain("You can read this source but not change it");
  await ctx.close();
});
