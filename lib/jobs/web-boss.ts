import type PgBoss from "pg-boss";
import { getDbHandle } from "@/db";
import { getEnv } from "@/lib/env";
import { getBoss } from "./runtime";

/** The process's pg-boss, for server actions that enqueue (workers run here only in embedded mode). */
export async function webBoss(): Promise<PgBoss> {
  return getBoss(await getDbHandle(), { workers: getEnv().runWorkers });
}
