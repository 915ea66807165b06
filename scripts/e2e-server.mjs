// Starts the production build on a fresh data directory for the Playwright suite. Server output
// goes to .test-data/e2e-server.log so specs can check what the app logs.
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const port = process.argv[2] ?? "3210";
const root = path.resolve(".test-data");
const dataDir = path.join(root, "e2e");
fs.rmSync(dataDir, { recursive: true, force: true });
fs.mkdirSync(dataDir, { recursive: true });
const log = fs.createWriteStream(path.join(root, "e2e-server.log"), { flags: "w" });
const child = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-p", port, "-H", "127.0.0.1"], {
  stdio: ["ignore", "pipe", "pipe"],
  env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: "", NEXT_TELEMETRY_DISABLED: "1", LOG_LEVEL: "debug" },
});
child.stdout.pipe(log);
child.stderr.pipe(log);
child.stderr.pipe(process.stderr);
for (const sig of ["SIGINT", "SIGTERM"]) process.on(sig, () => child.kill(sig));
child.on("exit", (code) => process.exit(code ?? 0));
