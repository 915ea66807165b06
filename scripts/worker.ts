/**
 * `npm run worker`: job workers as their own process, for the PostgreSQL deployment. Run as many
 * as you like; pg-boss coordinates them through the database.
 */
import { getDbHandle } from "../db";
import { getEnv } from "../lib/env";
import { getBoss, stopBoss } from "../lib/jobs/runtime";
import { log } from "../lib/log";

const env = getEnv();
if (env.dbMode === "embedded") {
  console.error("npm run worker needs DATABASE_URL: in embedded mode the web process runs the workers itself (a second process cannot open the same PGlite data dir).");
  process.exit(1);
}
const handle = await getDbHandle();
await getBoss(handle, { workers: true });
log.info({}, "worker process ready");

async function shutdown(signal: string) {
  log.info({ signal }, "worker stopping");
  await stopBoss();
  await handle.close();
  process.exit(0);
}
process.on("SIGINT", () => void shutdown("SIGINT"));
process.on("SIGTERM", () => void shutdown("SIGTERM"));
