import { afterEach, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { openTestDb, testDrivers } from "@/db/testing";
import { startSimulator, SimControlClient, TOKENS, type RunningSimulator } from "@/slack-sim";
import { measureAccuracy, stepAndSync } from "./testing/accuracy";
import { runSyncJob } from "./testing/run-sync";
import { setupActivityFixture } from "./testing/sim-fixture";

/**
 * Accuracy against the simulator's ground truth on a 500-user, 180-day workspace. The clock starts at
 * 12:00 UTC so daily syncs split most people's working days across two UTC days (the hard case).
 * The suite runs 7 daily steps; `npm run bench` (bench/activity.ts) reports the full 30.
 */
const CLOCK = Date.UTC(2026, 0, 15, 12) / 1000;
const DAILY_STEPS = 7;

describe.each(testDrivers())("activity accuracy on %s", (driver) => {
  let h: DbHandle | undefined;
  let sim: RunningSimulator | undefined;
  afterEach(async () => {
    await sim?.close();
    await h?.close();
  });

  async function setup() {
    h = await openTestDb(driver);
    sim = await startSimulator({ seed: 7, users: 500, historyDays: 180, clock: CLOCK, control: true });
    const control = new SimControlClient(sim.url);
    const fx = await setupActivityFixture(h.db, { apiUrl: sim.apiUrl, token: TOKENS.admin, users: (await control.workspace()).users });
    const backfill = await runSyncJob(h.db, fx);
    expect(backfill.state, backfill.error ?? "").toBe("succeeded");
    return { db: h.db, control, fx, sync: () => runSyncJob(h!.db, fx) };
  }

  it(`daily steps (${DAILY_STEPS}): last active exact for all, days active within ±1 for ≥95%`, async () => {
    const { db, control, fx, sync } = await setup();
    expect((await measureAccuracy(db, fx, control, { windowDays: 30 })).lastActiveExact).toBe(100);
    await stepAndSync(control, 86_400, DAILY_STEPS, sync);
    const report = await measureAccuracy(db, fx, control, { windowDays: 30, observedOnly: true });
    expect(report.lastActiveExact).toBe(100);
    expect(report.daysWithin1, JSON.stringify(report)).toBeGreaterThanOrEqual(95);
  }, 120_000);

  it("hourly steps over 3 days: days active exact for every identity", async () => {
    const { db, control, fx, sync } = await setup();
    await stepAndSync(control, 3600, 72, sync);
    const report = await measureAccuracy(db, fx, control, { windowDays: 30, observedOnly: true });
    expect(report.lastActiveExact).toBe(100);
    expect(report.daysExact, JSON.stringify(report)).toBe(100);
  }, 180_000);
});
