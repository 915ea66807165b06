import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { openTestDb, testDrivers } from "@/db/testing";
import { cancelRun } from "@/lib/jobs/runs";
import { startSimulator, SimControlClient, TOKENS, type RunningSimulator } from "@/slack-sim";
import { measureAccuracy } from "./testing/accuracy";
import { runSyncJob } from "./testing/run-sync";
import { setupActivityFixture, type ActivityFixture } from "./testing/sim-fixture";

const CLOCK = Date.UTC(2026, 0, 15, 12) / 1000;

/** Fails every Slack request after the first `okCount` with HTTP 503 (a Slack outage mid-sync). */
function outageAfter(okCount: number, onRequest?: (n: number) => Promise<void>): typeof fetch {
  let n = 0;
  return async (input, init) => {
    n++;
    await onRequest?.(n);
    if (n > okCount) return new Response("upstream unavailable", { status: 503 });
    return fetch(input, init);
  };
}

describe.each(testDrivers())("activity sync resilience on %s", (driver) => {
  let h: DbHandle;
  let sim: RunningSimulator;
  let control: SimControlClient;
  let users: Awaited<ReturnType<SimControlClient["workspace"]>>["users"];

  beforeAll(async () => {
    h = await openTestDb(driver);
    sim = await startSimulator({ seed: 11, users: 150, historyDays: 90, clock: CLOCK, control: true });
    control = new SimControlClient(sim.url);
    users = (await control.workspace()).users;
  });
  afterAll(async () => {
    await sim?.close();
    await h?.close();
  });
  beforeEach(async () => {
    await control.resetFaults();
    await control.resetRequestCounts();
  });

  const fixture = () => setupActivityFixture(h.db, { apiUrl: sim.apiUrl, token: TOKENS.admin, users });
  const consistent = async (fx: ActivityFixture) => {
    const r = await h.sql.query<{ count: number; accesses: number }>(
      `select (select coalesce(sum(count), 0)::int from access_log_entries where source_id = $1) as count,
              (select coalesce(sum(accesses), 0)::int from activity_days where source_id = $1) as accesses`, [fx.activitySourceId]);
    expect(r.rows[0].accesses).toBe(r.rows[0].count);
    return r.rows[0];
  };
  const state = async (fx: ActivityFixture) =>
    (await h.sql.query<{ watermark: string | null; first: Date | null }>(`select watermark, first_sync_completed_at as first from activity_sync_state where source_id = $1`, [fx.activitySourceId])).rows[0];

  it("pages past a (shrunk) page ceiling with `before` and misses nothing", async () => {
    const fx = await fixture();
    const run = await runSyncJob(h.db, fx, { maxPage: 2, pageSize: 40 });
    expect(run.state, run.error ?? "").toBe("succeeded");
    const total = (await h.sql.query<{ n: number }>(`select count(*)::int as n from access_log_entries where source_id = $1`, [fx.activitySourceId])).rows[0].n;
    expect(total).toBeGreaterThan(4 * 80);
    expect(run.counts.pages).toBeGreaterThanOrEqual(Math.ceil(total / 40));
    expect(run.counts.entriesRead).toBeGreaterThanOrEqual(total);
    expect((await measureAccuracy(h.db, fx, control, { windowDays: 30 })).lastActiveExact).toBe(100);
    await consistent(fx);
  });

  it("waits out a 429 storm, showing the wait as progress, and finishes", async () => {
    const fx = await fixture();
    // One tier-2 call per second: nearly every call is answered 429 + Retry-After first.
    await control.setFaults({ rateLimits: { tiers: { tier2: { perMinute: 60, burst: 1 } } } });
    const seen: Array<Record<string, unknown>> = [];
    const run = await runSyncJob(h.db, fx, {
      pageSize: 100,
      policy: {
        sleep: async (ms) => {
          const r = await h.sql.query<{ progress: Record<string, unknown> }>(`select progress from job_runs where source_id = $1 order by queued_at desc limit 1`, [fx.activitySourceId]);
          seen.push(r.rows[0].progress);
          await new Promise((resolve) => setTimeout(resolve, ms));
        },
      },
    });
    expect(run.state, run.error ?? "").toBe("succeeded");
    expect(seen.length).toBeGreaterThan(0);
    expect(seen[0]).toMatchObject({ waitingForRateLimit: 1, message: "waiting for Slack rate limit (1 s)" });
    const counts = await control.requestCounts();
    expect(run.counts.requests).toBeGreaterThan(run.counts.pages + 1);
    expect(counts["team.accessLogs"]).toBeGreaterThan(run.counts.pages);
    expect(run.progress).not.toHaveProperty("waitingForRateLimit");
    await consistent(fx);
  }, 60_000);

  it("survives a burst of 5xx answers and dropped connections", async () => {
    const fx = await fixture();
    await control.setFaults({ serverErrors: { count: 3, status: 503 } });
    const first = await runSyncJob(h.db, fx, { pageSize: 200 });
    expect(first.state, first.error ?? "").toBe("succeeded");
    await control.setFaults({ dropConnections: { count: 2, phase: "body" } });
    await control.advanceClock(86_400);
    const second = await runSyncJob(h.db, fx, { pageSize: 200 });
    expect(second.state, second.error ?? "").toBe("succeeded");
    expect(second.counts.requests).toBeGreaterThanOrEqual(second.counts.pages + 2 + 1);
    await consistent(fx);
  });

  it("fails readably when Slack stays down, with nothing half-applied; the next run completes", async () => {
    const fx = await fixture();
    const failed = await runSyncJob(h.db, fx, { pageSize: 50, fetch: outageAfter(3), policy: { transientRetries: 2 } });
    expect(failed.state).toBe("failed");
    expect(failed.error).toMatch(/Slack could not be reached: it answered HTTP 503/);
    expect(failed.error).not.toMatch(/xox[pb]-/);
    expect(failed.counts).toMatchObject({ pages: 3 });
    expect(await state(fx)).toBeUndefined();
    await consistent(fx);
    const retried = await runSyncJob(h.db, fx, { pageSize: 50 });
    expect(retried.state).toBe("succeeded");
    expect((await state(fx)).first).not.toBeNull();
    expect((await measureAccuracy(h.db, fx, control, { windowDays: 30 })).lastActiveExact).toBe(100);
    await consistent(fx);
  });

  it("stops between pages when cancelled, leaving the watermark where it was", async () => {
    const fx = await fixture();
    const run = await runSyncJob(h.db, fx, {
      pageSize: 50,
      fetch: outageAfter(1000, async (n) => {
        if (n === 2) {
          const r = await h.sql.query<{ id: string }>(`select id from job_runs where source_id = $1 order by queued_at desc limit 1`, [fx.activitySourceId]);
          await cancelRun(h.db, r.rows[0].id);
        }
      }),
    });
    expect(run.state).toBe("cancelled");
    expect(await state(fx)).toBeUndefined();
    await consistent(fx);
  });

  it("fails without retry for a revoked token", async () => {
    const fx = await setupActivityFixture(h.db, { apiUrl: sim.apiUrl, token: TOKENS.revoked, users: [] });
    const run = await runSyncJob(h.db, fx);
    expect(run.state).toBe("failed");
    expect(run.error).toMatch(/revoked|reinstall/i);
  });
});
