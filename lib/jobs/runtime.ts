import type PgBoss from "pg-boss";
import type { DbHandle } from "@/db/client";
import { log } from "@/lib/log";
import { createBoss } from "./boss";
import { registerAllHandlers } from "./handlers/register";
import { ensureQueues } from "./queues";
import { registerWorkers } from "./worker";

const holder = globalThis as unknown as { __aiBoss?: Promise<PgBoss> };

/**
 * One pg-boss per process, shared by instrumentation (workers) and server actions (send).
 */
export function getBoss(handle: DbHandle, opts: { workers: boolean }): Promise<PgBoss> {
  if (!holder.__aiBoss) {
    holder.__aiBoss = (async () => {
      const boss = createBoss(handle.sql, opts);
      boss.on("error", (err) => log.error({ err: err.message }, "job system error"));
      await boss.start();
      await ensureQueues(boss);
      if (opts.workers) {
        registerAllHandlers();
        await registerWorkers(boss, handle.db);
        log.info({ mode: handle.mode }, "job workers started");
      }
      return boss;
    })();
    holder.__aiBoss.catch(() => {
      holder.__aiBoss = undefined;
    });
  }
  return holder.__aiBoss;
}

export async function stopBoss(): Promise<void> {
  const boss = await holder.__aiBoss;
  holder.__aiBoss = undefined;
  await boss?.stop({ graceful: true, wait: true, timeout: 5000 });
}
