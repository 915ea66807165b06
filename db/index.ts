import { getEnv } from "@/lib/env";
import { openPglite, openPostgres, runMigrations, type Db, type DbHandle } from "./client";

export type { Db, DbHandle } from "./client";

/**
 * One database handle per process. Next.js loads this module more than once (instrumentation,
 * route handlers, server actions), and two PGlite handles on one data dir corrupt it, so the
 * handle lives on globalThis.
 */
const holder = globalThis as unknown as { __aiDb?: Promise<DbHandle> };

export function getDbHandle(): Promise<DbHandle> {
  if (!holder.__aiDb) {
    holder.__aiDb = (async () => {
      const env = getEnv();
      const handle = env.DATABASE_URL ? await openPostgres(env.DATABASE_URL) : await openPglite(env.dataDir);
      await runMigrations(handle);
      return handle;
    })();
    holder.__aiDb.catch(() => {
      // Let the next request try again instead of caching a failure forever.
      holder.__aiDb = undefined;
    });
  }
  return holder.__aiDb;
}

export async function getDb(): Promise<Db> {
  return (await getDbHandle()).db;
}

/** Tests inject their own database; the app never calls this. */
export function setDbHandleForTests(handle: DbHandle | undefined): void {
  holder.__aiDb = handle ? Promise.resolve(handle) : undefined;
}
