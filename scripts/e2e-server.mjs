// Starts the production build on a fresh database for the Playwright suite: the embedded default, or,
// with E2E_DATABASE_URL (a throwaway PostgreSQL database: its schemas are dropped), PostgreSQL with
// the documented deployment (npm run db:migrate, next start, and a separate npm run worker).
// Server output goes to .test-data/e2e-server.log so specs can check what the app logs.
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";

const port = process.argv[2] ?? "3210";
const postgresUrl = process.env.E2E_DATABASE_URL || "";
const root = path.resolve(".test-data");
const dataDir = path.join(root, "e2e");
fs.rmSync(dataDir, { recursive: true, force: true });
fs.mkdirSync(dataDir, { recursive: true });
const log = fs.createWriteStream(path.join(root, "e2e-server.log"), { flags: "w" });
const env = { ...process.env, DATA_DIR: dataDir, DATABASE_URL: postgresUrl, NEXT_TELEMETRY_DISABLED: "1", LOG_LEVEL: "debug" };
const tsx = ["node_modules/tsx/dist/cli.mjs"];

if (postgresUrl) {
  const client = new pg.Client({ connectionString: postgresUrl });
  await client.connect();
  await client.query("drop schema if exists public cascade; create schema public; drop schema if exists drizzle cascade; drop schema if exists pgboss cascade;");
  await client.end();
  const migrated = spawnSync(process.execPath, [...tsx, "scripts/migrate.ts"], { env, stdio: ["ignore", "inherit", "inherit"] });
  if (migrated.status !== 0) process.exit(migrated.status ?? 1);
}

const children = [spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-p", port, "-H", "127.0.0.1"], { stdio: ["ignore", "pipe", "pipe"], env })];
if (postgresUrl) children.push(spawn(process.execPath, [...tsx, "scripts/worker.ts"], { stdio: ["ignore", "pipe", "pipe"], env }));
for (const child of children) {
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  child.stderr.pipe(process.stderr);
  child.on("exit", (code) => {
    for (const other of children) if (other !== child) other.kill("SIGTERM");
    process.exit(code ?? 0);
  });
}
for (const sig of ["SIGINT", "SIGTERM"]) process.on(sig, () => children.forEach((c) => c.kill(sig)));
