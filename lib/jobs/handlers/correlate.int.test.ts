import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getActivityContext } from "@/lib/activity/context";
import { isRollupStale, refreshRollup } from "@/lib/activity/rollup";
import { upsertDays } from "@/lib/activity/store-entries";
import type { DbHandle } from "@/db/client";
import { openTestDb, testDrivers } from "@/db/testing";
import { insertAccounts, insertIdentities, insertSource, linkOf } from "@/lib/correlation/test-helpers";
import { JobFailure, type JobContext } from "../context";
import { correlate } from "./correlate";

describe.each(testDrivers())("correlate job on %s", (driver) => {
  let h: DbHandle;
  const ctx = (data: Record<string, unknown>): JobContext => ({
    db: h.db,
    runId: "00000000-0000-0000-0000-000000000000",
    data: { runId: "00000000-0000-0000-0000-000000000000", ...data },
    progress: async () => {},
    isCancelled: async () => false,
  });
  beforeAll(async () => {
    h = await openTestDb(driver);
  });
  afterAll(async () => {
    await h.close();
  });

  it("correlates the source and reports counts", async () => {
    const sourceId = await insertSource(h.db);
    const [hal] = await insertIdentities(h.db, [{ name: "Hal", email: "hal@eight.test" }]);
    const [acc] = await insertAccounts(h.db, sourceId, [{ nativeId: "U1", email: "hal@eight.test" }, { nativeId: "U2" }]);
    const outcome = await correlate(ctx({ sourceId }));
    expect(outcome).toEqual({ state: "succeeded", counts: { correlated: 1, alreadyCorrelated: 0, manualKept: 0, ambiguous: 0, uncorrelated: 1, unlinked: 0 } });
    expect(await linkOf(h.db, acc)).toEqual({ identityId: hal, correlation: "auto" });
  });

  it("brings the linked Activity Insights series up to date with the new correlation", async () => {
    const slackId = await insertSource(h.db);
    const [ada] = await insertIdentities(h.db, [{ name: "Ada", email: "ada@eight.test" }]);
    await insertAccounts(h.db, slackId, [{ nativeId: "UA", email: "ada@eight.test" }]);
    const activity = await h.db.execute<{ id: string }>(sql`
      insert into sources (name, connector, status, config) values ('AI linked', 'activity-insights-slack', 'healthy', ${JSON.stringify({ linkedSourceId: slackId })}::jsonb) returning id`);
    const activityId = activity.rows[0].id;
    await h.db.transaction((tx) => upsertDays(tx, activityId, [{ userId: "UA", day: "2026-01-10", accesses: 2, clients: ["desktop"], ips: [] }]));
    // Series computed while UA was not correlated: nobody active that day.
    expect((await refreshRollup(h.db, activityId, { full: true })).daily["2026-01-10"]).toEqual([0, 1]);

    expect((await correlate(ctx({ sourceId: slackId }))).state).toBe("succeeded");
    const rollup = (await getActivityContext(h.db, activityId))?.rollup;
    const stale = await isRollupStale(h.db, rollup!, slackId);
    expect(stale).toBe(false);
    expect(rollup?.daily["2026-01-10"]).toEqual([1, 1]);
    expect(rollup?.population).toBe(1);
    expect(ada).toBeTruthy();
  });

  it("fails without retry for a missing or unknown source", async () => {
    for (const data of [{}, { sourceId: "nope" }, { sourceId: "00000000-0000-0000-0000-000000000000" }]) {
      const err = await correlate(ctx(data)).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(JobFailure);
      expect((err as JobFailure).retryable).toBe(false);
    }
  });
});
