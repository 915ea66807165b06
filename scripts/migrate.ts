/**
 * `npm run db:migrate`: applies the committed migrations to DATABASE_URL, or to the embedded
 * database in DATA_DIR, then creates pg-boss's schema so a web-only deploy can enqueue at once.
 */
import { getDbHandle } from "../db";
import { createBoss } from "../lib/jobs/boss";
import { ensureQueues } from "../lib/jobs/queues";
import { getEnv } from "../lib/env";

const handle = await getDbHandle();
const boss = createBoss(handle.sql, { workers: false });
await boss.start();
await ensureQueues(boss);
await boss.stop({ graceful: true, wait: true, timeout: 5000 });
await handle.close();
console.log(`Migrations applied (${getEnv().dbMode === "embedded" ? `embedded database in ${getEnv().dataDir}` : "PostgreSQL"}).`);
