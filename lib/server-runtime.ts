import { getDbHandle } from "@/db";
import { getEnv } from "@/lib/env";
import { getBoss } from "@/lib/jobs/runtime";
import { log } from "@/lib/log";
import { authSecret, encryptionKey } from "@/lib/secrets";

/** Opens the database (running migrations), makes sure secrets exist, and starts the job system. */
export async function startServerRuntime(): Promise<void> {
  const env = getEnv();
  authSecret();
  encryptionKey();
  try {
    const handle = await getDbHandle();
    await getBoss(handle, { workers: env.runWorkers });
    log.info({ db: handle.mode, workers: env.runWorkers, dataDir: env.dbMode === "embedded" ? env.dataDir : undefined }, "server runtime ready");
  } catch (err) {
    // Keep serving: /api/health reports the failure honestly and pages show a clear error.
    log.error({ err: err instanceof Error ? err.message : String(err) }, "server runtime failed to start");
  }
}
