import crypto from "node:crypto";
import pg from "pg";
import { getEnv } from "@/lib/env";
import { openPglite, openPostgres, runMigrations, type DbHandle } from "./client";

export type TestDriver = "pglite" | "postgres";

/** PGlite always; PostgreSQL too when TEST_DATABASE_URL is set (CI sets it when a server answers). */
export function testDrivers(): TestDriver[] {
  return getEnv().TEST_DATABASE_URL ? ["pglite", "postgres"] : ["pglite"];
}

/**
 * A fresh, migrated database per call: in-memory PGlite, or a throwaway PostgreSQL database that
 * close() drops again.
 */
export async function openTestDb(driver: TestDriver, opts: { dataDir?: string; migrationsFolder?: string } = {}): Promise<DbHandle> {
  if (driver === "pglite") {
    const handle = await openPglite(opts.dataDir ?? null);
    await runMigrations(handle, opts.migrationsFolder);
    return handle;
  }
  const adminUrl = getEnv().TEST_DATABASE_URL;
  if (!adminUrl) throw new Error("TEST_DATABASE_URL is not set");
  const name = `ai_test_${crypto.randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const handle = await openPostgres(url.toString(), { max: 5 });
  await runMigrations(handle, opts.migrationsFolder);
  return {
    ...handle,
    async close() {
      await handle.close();
      const a = new pg.Client({ connectionString: adminUrl });
      await a.connect();
      await a.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await a.end();
    },
  };
}
