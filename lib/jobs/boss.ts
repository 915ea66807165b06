import PgBoss from "pg-boss";
import type { SqlExecutor } from "@/db/client";

/**
 * pg-boss talks to the database through our executor, so the same queue runs on PGlite and on
 * PostgreSQL. Its migrations send parameterless multi-statement SQL, which PGlite only accepts
 * through `exec`.
 */
export function bossDbAdapter(sql: SqlExecutor): PgBoss.Db {
  return {
    async executeSql(text: string, values: unknown[]) {
      if ((!values || values.length === 0) && isMultiStatement(text)) {
        await sql.exec(text);
        return { rows: [] };
      }
      return sql.query(text, values ?? []);
    },
  };
}

function isMultiStatement(text: string): boolean {
  const trimmed = text.trim().replace(/;\s*$/, "");
  return trimmed.includes(";");
}

export interface BossOptions {
  /** Workers process jobs and run maintenance; a web-only process just sends. */
  workers: boolean;
}

export function createBoss(sql: SqlExecutor, opts: BossOptions): PgBoss {
  return new PgBoss({
    db: bossDbAdapter(sql),
    schema: "pgboss",
    supervise: opts.workers,
    schedule: opts.workers,
    migrate: true,
  });
}
