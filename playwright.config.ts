import { defineConfig } from "@playwright/test";

const port = 3210;
export const e2eBaseUrl = `http://127.0.0.1:${port}`;
/** The Slack simulator the specs configure sources against (see slack-sim/README.md). */
export const simPort = 3211;

export default defineConfig({
  testDir: "e2e",
  // One server with one embedded database: specs share it, so they run one at a time in order.
  workers: 1,
  fullyParallel: false,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"], ["json", { outputFile: "test-results/e2e.json" }]] : [["list"], ["json", { outputFile: "test-results/e2e.json" }]],
  use: {
    baseURL: e2eBaseUrl,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    },
    viewport: { width: 1280, height: 800 },
  },
  projects: [
    { name: "setup", testMatch: /setup\.spec\.ts/ },
    { name: "app", testMatch: /.*\.spec\.ts/, testIgnore: /setup\.spec\.ts/, dependencies: ["setup"] },
  ],
  webServer: [
    {
      command: `node scripts/e2e-server.mjs ${port}`,
      url: `${e2eBaseUrl}/api/health`,
      timeout: 120_000,
      reuseExistingServer: false,
      stdout: "ignore",
      stderr: "pipe",
    },
    {
      command: `node node_modules/tsx/dist/cli.mjs slack-sim/cli.ts --port ${simPort} --seed 42 --plan business_plus --users 300 --control`,
      url: `http://127.0.0.1:${simPort}/api/api.test`,
      timeout: 60_000,
      reuseExistingServer: false,
      stdout: "ignore",
      stderr: "pipe",
    },
  ],
});
