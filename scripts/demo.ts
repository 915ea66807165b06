/**
 * `npm run demo`: a fresh demo data directory, seeded, served by the production build on PORT
 * (default 3000).
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { openPglite, runMigrations } from "../db/client";
import { identitiesToCsv, startSimulator, TOKEN_TABLE } from "../slack-sim/index";
import { ensureProductionBuild } from "./demo/build";
import { seedDemo } from "./demo/seed";

const root = process.cwd();
const port = Number(process.env.PORT ?? 3000);
const simPort = Number(process.env.SLACK_SIM_PORT ?? 3100);
const dataDir = path.resolve(process.env.DATA_DIR ?? ".demo-data");
const MARKER = ".activity-insights-demo";

function prepareDataDir() {
  if (fs.existsSync(dataDir) && fs.readdirSync(dataDir).length > 0) {
    // Never wipe a directory the demo did not create: it may hold someone's real data.
    if (!fs.existsSync(path.join(dataDir, MARKER))) {
      console.error(`${dataDir} is not empty and was not created by the demo. Choose an empty DATA_DIR or remove it yourself.`);
      process.exit(1);
    }
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
  fs.mkdirSync(dataDir, { recursive: true });
  fs.writeFileSync(path.join(dataDir, MARKER), "This directory is recreated by `npm run demo`.\n");
}

async function waitForHealth(url: string, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`The app did not become healthy at ${url}`);
}

const childEnv = { ...process.env, DATA_DIR: dataDir, PORT: String(port), NEXT_TELEMETRY_DISABLED: "1", DATABASE_URL: "" };
ensureProductionBuild(root, childEnv);
prepareDataDir();

// The simulated Slack workspace runs in this process for as long as the demo does.
const sim = await startSimulator({ port: simPort, plan: "business_plus", users: 300, historyDays: 180, seed: 1, control: true });

const handle = await openPglite(dataDir);
await runMigrations(handle);
const creds = await seedDemo(handle, identitiesToCsv(sim.workspace.identities));
await handle.close();

const server = spawn(process.execPath, [path.join(root, "node_modules", "next", "dist", "bin", "next"), "start", "-p", String(port)], { cwd: root, env: childEnv, stdio: ["ignore", "inherit", "inherit"] });
const stop = () => {
  server.kill("SIGTERM");
  void sim.close();
};
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
server.on("exit", (code) => process.exit(code ?? 0));

await waitForHealth(`http://127.0.0.1:${port}/api/health`, 120_000);
const banner = [
  "",
  "  Activity Insights for Slack — demo is running",
  `  Open        http://localhost:${port}`,
  `  Sign in as  ${creds.email}`,
  `  Password    ${creds.password}`,
  `  Data dir    ${dataDir} (${creds.identities} identities, 2 governance groups)`,
  "",
  `  Simulated Slack workspace (Business+, 300 users): ${sim.url}`,
  `  When you configure a source, open Advanced and set API base URL to  ${sim.apiUrl}`,
  "  Tokens to paste as the Access Token:",
  ...TOKEN_TABLE.filter((t) => ["admin", "adminFull", "bot", "revoked", "freeWorkspace"].includes(t.name)).map((t) => `    ${t.name.padEnd(14)} ${t.token}\n    ${"".padEnd(14)} ${t.description}`),
  "  Stop with Ctrl+C.",
  "",
].join("\n");
console.log(banner);
fs.writeFileSync(path.join(dataDir, "demo-credentials.txt"), `${creds.email}\n${creds.password}\n`, { mode: 0o600 });
