/**
 * Account aggregation throughput against the simulator (rate limits off) at 10,000 and 100,000 users,
 * compared with bulk-inserting the same account rows in one transaction on the same database.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import { openPglite, openPostgres, runMigrations, type DbHandle } from "../db/client";
import { accountEntitlements, accounts } from "../db/schema";
import { aggregateSource } from "../lib/aggregation";
import { createRun, createSlackSource, randomKey } from "../lib/aggregation/testing";
import type { JobContext } from "../lib/jobs/context";
import { makeContext } from "../lib/jobs/worker";
import { startSimulator, TOKENS, type RunningSimulator } from "../slack-sim";
import { report, timeIt } from "./report";

const KEY = randomKey();
const PAGE_SIZE = 1000;

/** Runs one aggregation and splits its wall time into listing (Slack) and applying (database). */
async function timedRun(handle: DbHandle, sourceId: string) {
  const runId = await createRun(handle.db, sourceId);
  const base = makeContext(handle.db, { runId, sourceId });
  let applyStart = 0;
  const ctx: JobContext = {
    ...base,
    progress: async (p) => {
      if (p.phase === "applying" && !applyStart) applyStart = performance.now();
      await base.progress(p);
    },
  };
  const start = performance.now();
  const outcome = await aggregateSource(ctx, sourceId, { encryptionKey: KEY });
  const end = performance.now();
  if (outcome.state !== "succeeded") throw new Error(`bench run ended ${outcome.state}`);
  return { totalMs: end - start, listMs: applyStart - start, applyMs: end - applyStart, counts: outcome.counts };
}

/** Copies the aggregated rows under a fresh source in one transaction, 1000-row multi-row inserts. */
async function bulkInsert(handle: DbHandle, fromSource: string, sim: RunningSimulator, withLinks: boolean): Promise<number> {
  const rows = await handle.db.select().from(accounts).where(eq(accounts.sourceId, fromSource));
  const links = withLinks ? await handle.db.select().from(accountEntitlements).where(eq(accountEntitlements.sourceId, fromSource)) : [];
  const target = await createSlackSource(handle.db, { apiBaseUrl: sim.apiUrl, token: TOKENS.admin, key: KEY });
  const newId = new Map(rows.map((r) => [r.id, crypto.randomUUID()]));
  return timeIt(() =>
    handle.db.transaction(async (tx) => {
      for (let i = 0; i < rows.length; i += 1000) {
        await tx.insert(accounts).values(rows.slice(i, i + 1000).map((r) => ({ ...r, id: newId.get(r.id)!, sourceId: target })));
      }
      // Links point at the same entitlements: only the row count and shape matter for the timing.
      for (let i = 0; i < links.length; i += 5000) {
        await tx.insert(accountEntitlements).values(links.slice(i, i + 5000).map((l) => ({ ...l, accountId: newId.get(l.accountId)!, sourceId: target })));
      }
    }),
  );
}

async function benchOn(label: string, handle: DbHandle, sim: RunningSimulator, users: number) {
  // The first statements on a fresh database (and PGlite's first queries in a process) run cold; a
  // throwaway run first keeps that start-up cost out of the comparison at the smaller sizes.
  if (users <= 20_000) {
    const warmUp = await createSlackSource(handle.db, { apiBaseUrl: sim.apiUrl, token: TOKENS.admin, key: KEY, apiMode: "scim", pageSize: PAGE_SIZE });
    await timedRun(handle, warmUp);
    await bulkInsert(handle, warmUp, sim, true);
  }
  const sourceId = await createSlackSource(handle.db, { apiBaseUrl: sim.apiUrl, token: TOKENS.admin, key: KEY, apiMode: "scim", pageSize: PAGE_SIZE });
  const first = await timedRun(handle, sourceId);
  const rerun = await timedRun(handle, sourceId);
  const bulkAccounts = await bulkInsert(handle, sourceId, sim, false);
  const bulkAll = await bulkInsert(handle, sourceId, sim, true);
  const perSec = (ms: number) => `${Math.round((users / ms) * 1000).toLocaleString("en-US")}/s`;
  const ratio = first.totalMs / bulkAccounts;
  report(`aggregation ${label} (${users.toLocaleString("en-US")} users, SCIM, page ${PAGE_SIZE}, ${first.counts.requests} requests, ${first.counts.retries} retried)`, [
    ["first run (all added): accounts per second", perSec(first.totalMs), `${(first.totalMs / 1000).toFixed(1)} s = list ${(first.listMs / 1000).toFixed(1)} s + apply ${(first.applyMs / 1000).toFixed(1)} s`],
    ["rerun (all unchanged): accounts per second", perSec(rerun.totalMs), `${(rerun.totalMs / 1000).toFixed(1)} s = list ${(rerun.listMs / 1000).toFixed(1)} s + apply ${(rerun.applyMs / 1000).toFixed(1)} s`],
    ["bulk insert of the account rows, one transaction", `${(bulkAccounts / 1000).toFixed(1)} s`],
    ["bulk insert of account + link rows, one transaction", `${(bulkAll / 1000).toFixed(1)} s`, `${first.counts.entitlementLinks.toLocaleString("en-US")} links`],
    ["first run ÷ bulk insert (accounts)", `${ratio.toFixed(2)}×`, ratio <= 1.5 ? "goal ≤1.5×: met" : "goal ≤1.5×: MISSED"],
    ["first run ÷ bulk insert (accounts + links)", `${(first.totalMs / bulkAll).toFixed(2)}×`],
  ]);
}

async function freshPostgres(url: string): Promise<DbHandle> {
  const pg = await openPostgres(url);
  await pg.sql.exec("drop schema if exists public cascade; create schema public; drop schema if exists drizzle cascade;");
  await runMigrations(pg);
  return pg;
}

export async function benchAggregation(opts: { postgresUrl?: string; sizes?: number[] } = {}) {
  for (const users of opts.sizes ?? [10_000, 100_000]) {
    // One day of history: access events play no part in aggregation and only slow generation down.
    const sim = await startSimulator({ users, historyDays: 1, rateLimits: "off" });
    try {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ai-bench-agg-"));
      const embedded = await openPglite(dir);
      await runMigrations(embedded);
      await benchOn("embedded PGlite", embedded, sim, users);
      await embedded.close();
      fs.rmSync(dir, { recursive: true, force: true });
      if (opts.postgresUrl) {
        const pg = await freshPostgres(opts.postgresUrl);
        await benchOn("PostgreSQL", pg, sim, users);
        await pg.close();
      }
    } finally {
      await sim.close();
    }
  }
}
