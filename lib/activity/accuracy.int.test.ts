import { afterEach, describe, expect, it } from "vitest";
import { testDrivers } from "@/db/testing";
import { measureAccuracy, stepAndSync } from "./testing/accuracy";
import { compareDormancy } from "./testing/dormancy-truth";
import { runSyncJob } from "./testing/run-sync";
import { openSimWorkspace, type SimWorkspace } from "./testing/sim-workspace";

/**
 * Accuracy against the simulator's ground truth on a 500-user, 180-day workspace (the "done
 * when"). The clock starts at 12:00 UTC so daily syncs split most people's working days across two UTC
 * days (the hard case). `npm run bench` (bench/activity.ts) prints the same figures.
 */
const CLOCK = Date.UTC(2026, 0, 15, 12) / 1000;
const DAILY_STEPS = 30;

describe.each(testDrivers())("activity accuracy on %s", (driver) => {
  let ws: SimWorkspace | undefined;
  afterEach(async () => {
    await ws?.close();
  });

  async function setup() {
    ws = await openSimWorkspace(driver, { seed: 7, users: 500, historyDays: 180, clock: CLOCK });
    const { h, control, fx, users } = ws;
    const backfill = await runSyncJob(h.db, fx);
    expect(backfill.state, backfill.error ?? "").toBe("succeeded");
    return { db: h.db, control, fx, users, sync: () => runSyncJob(h.db, fx) };
  }

  it(`daily steps (${DAILY_STEPS}): last active exact for all, days active within ±1 for ≥95%, every dormant flag right`, async () => {
    const { db, control, fx, users, sync } = await setup();
    expect((await measureAccuracy(db, fx, control, { windowDays: 30 })).lastActiveExact).toBe(100);
    const afterBackfill = await compareDormancy(db, fx, control, users);
    expect(afterBackfill.accountMismatches).toEqual([]);
    expect(afterBackfill.identityMismatches).toEqual([]);

    await stepAndSync(control, 86_400, DAILY_STEPS, sync);
    // After 30 daily steps the whole 30-day window was observed by syncs: no clipping needed.
    const report = await measureAccuracy(db, fx, control, { windowDays: 30 });
    expect(report.lastActiveExact).toBe(100);
    expect(report.daysWithin1, JSON.stringify(report)).toBeGreaterThanOrEqual(95);

    const dormancy = await compareDormancy(db, fx, control, users);
    expect(dormancy.accountMismatches).toEqual([]);
    expect(dormancy.identityMismatches).toEqual([]);
    // The workspace must exercise every case, or the comparison proves little.
    for (const status of ["active", "dormant", "never_signed_in", "excluded"] as const) expect(dormancy.expected[status], status).toBeGreaterThan(0);
    // Nobody privileged in this workspace has been idle between 14 and 30 days, so the defaults cannot
    // tell a per-type threshold from a single one. These (editable in Settings) split every type: an
    // admin idle 78 days, an owner idle 62 and guests idle 44–69 days land on different sides of their
    // own threshold than of the members' 30.
    const custom = await compareDormancy(db, fx, control, users, { owner: 70, admin: 80, member: 30, guest: 60 });
    expect(custom.accountMismatches).toEqual([]);
    expect(custom.identityMismatches).toEqual([]);
    expect(custom.expected).not.toEqual(dormancy.expected);
  }, 600_000);

  it("hourly steps over 3 days: days active exact for every identity", async () => {
    const { db, control, fx, sync } = await setup();
    await stepAndSync(control, 3600, 72, sync);
    const report = await measureAccuracy(db, fx, control, { windowDays: 30, observedOnly: true });
    expect(report.lastActiveExact).toBe(100);
    expect(report.daysExact, JSON.stringify(report)).toBe(100);
  }, 180_000);
});
