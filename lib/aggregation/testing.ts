import crypto from "node:crypto";
import type { Db } from "@/db/client";
import { jobRuns, sources } from "@/db/schema";
import { seal, secretHint } from "@/lib/crypto/seal";

/** Test and benchmark fixtures: a healthy Slack source with a sealed token, and queued runs for it. */

export function randomKey(): string {
  return crypto.randomBytes(32).toString("base64");
}

export interface SlackSourceFixture {
  apiBaseUrl: string;
  token: string;
  key: string;
  apiMode?: "scim" | "webapi";
  pageSize?: number;
  accountFilter?: string;
  groupFilter?: string;
  deleteThresholdPercent?: number;
  name?: string;
}

export async function createSlackSource(db: Db, f: SlackSourceFixture): Promise<string> {
  const [row] = await db
    .insert(sources)
    .values({
      name: f.name ?? `Slack ${crypto.randomBytes(4).toString("hex")}`,
      connector: "slack",
      status: "healthy",
      config: { apiMode: f.apiMode ?? "scim", pageSize: f.pageSize ?? 200, accountFilter: f.accountFilter ?? "", groupFilter: f.groupFilter ?? "", apiBaseUrl: f.apiBaseUrl },
      sealedSecret: seal(f.token, f.key),
      secretHint: secretHint(f.token),
      deleteThresholdPercent: f.deleteThresholdPercent ?? 20,
    })
    .returning({ id: sources.id });
  return row.id;
}

export async function createRun(db: Db, sourceId: string, trigger = "manual"): Promise<string> {
  const [run] = await db.insert(jobRuns).values({ kind: "aggregate-accounts", sourceId, trigger }).returning({ id: jobRuns.id });
  return run.id;
}
