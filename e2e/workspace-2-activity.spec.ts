import { expect, test, type Page } from "@playwright/test";
import { simPort } from "../playwright.config";
import { adminStatePath, newestRunId, waitForNewRunToSucceed } from "./helpers";

test.use({ storageState: adminStatePath });
test.describe.configure({ mode: "serial" });

const sim = `http://127.0.0.1:${simPort}/_control`;
const dayLabel = (unix: number) => new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeZone: "UTC" }).format(new Date(unix * 1000));

async function openSource(page: Page, name: string, section: string) {
  await page.goto("/sources");
  await page.getByRole("link", { name }).click();
  await page.getByRole("navigation", { name: "Source settings" }).getByRole("link", { name: section }).click();
}

test("activity: test passes → sync starts by itself → identity shows activity → a new day appears after the next sync", async ({ page, request }) => {
  test.setTimeout(300_000);
  await openSource(page, "Slack Activity", "Activity Sync");
  const before = await newestRunId(page);
  await page.getByRole("navigation", { name: "Source settings" }).getByRole("link", { name: "Review and Test" }).click();
  await page.getByRole("button", { name: "Test Connection" }).click();
  await expect(page.getByText("Connection test passed")).toBeVisible({ timeout: 20_000 });

  // The sync starts by itself: a new run, started because the test passed.
  await page.getByRole("navigation", { name: "Source settings" }).getByRole("link", { name: "Activity Sync" }).click();
  await waitForNewRunToSucceed(page, before);
  await expect(page.getByTestId("run-row").first()).toContainText("test-passed");

  // The most recently active identity has a chart and a sign-in table.
  await page.goto("/identities?sort=lastActive&dir=desc");
  await page.getByRole("table").getByRole("row").nth(1).getByRole("link").first().click();
  await expect(page.getByRole("heading", { name: "Days active per month" })).toBeVisible();
  await expect(page.getByRole("table", { name: "Sign-ins" }).getByRole("row")).not.toHaveCount(1);
  await expect(page.getByTestId("last-active")).not.toBeEmpty();
  await page.screenshot({ path: "test-results/screenshots/identity-activity.png", fullPage: true });
  await page.goto("/");
  await expect(page.getByRole("region", { name: "Totals" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Daily active identities, last 90 days" })).toBeVisible();
  await page.waitForTimeout(500);
  await page.screenshot({ path: "test-results/screenshots/overview.png", fullPage: true });

  // Advance the simulated workspace one day, sync, and find the new day on an active person's page.
  const advanced = await request.post(`${sim}/clock/advance`, { data: { seconds: 86_400 } });
  expect(advanced.ok()).toBe(true);
  const clock = (await (await request.get(`${sim}/clock`)).json()) as { now: number };
  await openSource(page, "Slack Activity", "Activity Sync");
  const beforeSync = await newestRunId(page);
  await page.getByRole("button", { name: "Sync now" }).click();
  await expect(page.getByText("Run queued.")).toBeVisible();
  await waitForNewRunToSucceed(page, beforeSync);

  const truth = (await (await request.get(`${sim}/truth`)).json()) as { users: Array<{ userId: string; lastActive: number | null }> };
  const newDay = new Date(clock.now * 1000).toISOString().slice(0, 10);
  const activeToday = truth.users.filter((u) => u.lastActive && new Date(u.lastActive * 1000).toISOString().slice(0, 10) === newDay);
  expect(activeToday.length).toBeGreaterThan(0);
  await openSource(page, "Slack Production", "Accounts");
  await expect(page).toHaveURL(/\/accounts$/);
  const accountsUrl = page.url();
  let checked = false;
  for (const u of activeToday.slice(0, 15)) {
    await page.goto(`${accountsUrl}?q=${u.userId}&correlated=yes`);
    const identityLink = page.getByRole("table").getByRole("row").nth(1).getByRole("link").nth(1);
    if ((await identityLink.count()) === 0) continue;
    await identityLink.click();
    await expect(page.getByTestId("last-active")).toHaveText(dayLabel(u.lastActive!));
    checked = true;
    break;
  }
  expect(checked, "an identity active on the new day was found").toBe(true);

  // The CSV exports: the identity's 90 days, the dormant list and the organisation's 12 months.
  const identityExport = await page.getByRole("link", { name: "Export activity CSV" }).getAttribute("href");
  const csvLines = async (url: string) => {
    const res = await page.request.get(url);
    expect(res.status(), url).toBe(200);
    expect(res.headers()["content-type"]).toContain("text/csv");
    return (await res.text()).replace(/^\uFEFF/, "").trim().split(/\r?\n/);
  };
  const daily = await csvLines(identityExport!);
  expect(daily[0]).toBe("email,day,active,accesses,clients,fully_observed");
  expect(daily).toHaveLength(91);
  // The window ends on the real today; the simulator's clock runs a day ahead, so look for any active day.
  expect(daily.some((l) => l.split(",")[2] === "yes")).toBe(true);
  const dormant = await csvLines("/api/activity/dormant-export");
  expect(dormant[0]).toMatch(/^slack_user_id,display_name,email,identity,account_type,privileged/);
  expect(dormant.length).toBeGreaterThan(1);
  const monthly = await csvLines("/api/activity/monthly-export");
  expect(monthly[0]).toBe("month,active_identities,active_accounts,avg_days_active_per_identity,fully_observed");
  expect(monthly).toHaveLength(13);
  expect(Number(monthly[12].split(",")[1])).toBeGreaterThan(0);
});
