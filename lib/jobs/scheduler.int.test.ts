import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type PgBoss from "pg-boss";
import { openTestDb } from "@/db/testing";
import type { DbHandle } from "@/db/client";
import { sources } from "@/db/schema";
import { createBoss } from "./boss";
import { ensureQueues } from "./queues";
import { dispatchDueRuns } from "./scheduler";
import { sourceRuns } from "./source-runs";

describe("scheduled data runs", () => {
  let h: DbHandle;
  let boss: PgBoss;
  beforeAll(async () => {
    h = await openTestDb("pglite");
    boss = createBoss(h.sql, { workers: false });
    await boss.start();
    await ensureQueues(boss);
  });
  afterAll(async () => {
    await boss.stop({ graceful: false, wait: true, timeout: 2000 });
    await h.close();
  });

  it("starts due runs for healthy sources only, once, by their schedules", async () => {
    const [daily] = await h.db.insert(sources).values({ name: "Slack daily", connector: "slack", status: "healthy", schedule: "daily" }).returning();
    await h.db.insert(sources).values({ name: "Slack off", connector: "slack", status: "healthy", schedule: "off" });
    await h.db.insert(sources).values({ name: "Slack failing", connector: "slack", status: "failing", schedule: "daily" });
    const [activity] = await h.db.insert(sources).values({ name: "Activity", connector: "activity-insights-slack", status: "healthy", config: { schedule: "hourly" } }).returning();
    expect(await dispatchDueRuns(h.db, boss)).toBe(2);
    expect(await sourceRuns(h.db, "aggregate-accounts", daily.id)).toHaveLength(1);
    expect((await sourceRuns(h.db, "sync-activity", activity.id))[0]).toMatchObject({ trigger: "schedule", state: "queued" });
    // Still queued: nothing new is started on the next tick.
    expect(await dispatchDueRuns(h.db, boss)).toBe(0);
  });
});
