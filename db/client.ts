import fs from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { drizzle as drizzlePg, type NodePgDatabase } from "drizzle-orm/node-postgres";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { migrate as migratePg } from "drizzle-orm/node-postgres/migrator";
import pg from "pg";
import { getLogger } from "@/lib/log";
import * as schema from "./schema";

/**
 * Both drivers expose the same query builder; we type the handle as the node-postgres one so
 * every query is written once. Raw `execute` results differ, which is why raw SQL goes through
 * `rows()` below.
 */
export type Db = NodePgDatabase<typeof schema>;

/** The low-level executor pg-boss and raw queries use, identical for both drivers. */
export interface SqlExecutor {
  query<T = Record<string, unknown>>(text: string, values?: unknown[]): Promise<{ rows: T[] }>;
  /** Runs multi-statement SQL without parameters (pg-boss migrations). */
  exec(text: string): Promise<void>;
}

export interface DbHandle {
  mode: "embedded" | "postgres";
  db: Db;
  sql: SqlExecutor;
  close(): Promise<void>;
}

export const migrationsFolder = path.join(process.cwd(), "db", "migrations");

export async function openPglite(dataDir: string | null): Promise<DbHandle> {
  if (dataDir) fs.mkdirSync(dataDir, { recursive: true });
  const client = dataDir ? new PGlite(path.join(dataDir, "pglite")) : new PGlite();
  await client.waitReady;
  const db = drizzlePglite(client, { schema }) as unknown as Db;
  return {
    mode: "embedded",
    db,
    sql: {
      query: async <T,>(text: string, values?: unknown[]) => {
        const r = await client.query<T>(text, values as unknown[] | undefined);
        return { rows: r.rows };
      },
      exec: async (text: string) => {
        await client.exec(text);
      },
    },
    close: () => client.close(),
  };
}

export async function openPostgres(url: string, opts: { max?: number } = {}): Promise<DbHandle> {
  const pool = new pg.Pool({ connectionString: url, max: opts.max ?? 10 });
  // An idle connection the server closes (restart, failover, a dropped database) must not take the
  // process down: the pool discards it and opens a new one on the next query.
  pool.on("error", (error) => getLogger().warn({ err: error.message }, "PostgreSQL closed an idle connection"));
  // Fail now, with a readable reason, rather than on the first page load.
  const probe = await pool.connect();
  probe.release();
  const db = drizzlePg(pool, { schema });
  return {
    mode: "postgres",
    db,
    sql: {
      query: async <T,>(text: string, values?: unknown[]) => {
        const r = await pool.query(text, values);
        return { rows: r.rows as T[] };
      },
      exec: async (text: string) => {
        await pool.query(text);
      },
    },
    close: () => pool.end(),
  };
}

/** Applies the committed migrations not yet applied (`folder`: tests apply an older set first). */
export async function runMigrations(handle: DbHandle, folder = migrationsFolder): Promise<void> {
  if (handle.mode === "embedded") {
    await migratePglite(handle.db as never, { migrationsFolder: folder });
  } else {
    await migratePg(handle.db, { migrationsFolder: folder });
  }
}
