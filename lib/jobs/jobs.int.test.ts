import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { openTestDb, testDrivers } from "@/db/testing";
import { openPglite } from "@/db/client";
import { createBoss } from "./boss";
import { ensureQueues } from "./queues";
import { enqueueRun, getRun } from "./runs";
import { registerWorkers } from "./worker";
import type { Db } from "@/db/client";

async function waitForState(db: Db, runId: string, state: string, timeoutMs = 20_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const run = await getRun(db, runId);
    if (run?.state === state) return run;
    if (Date.now() > deadline) throw new Error(`run ${runId} stayed ${run?.state}, wanted ${state}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe.each(testDrivers())("jobs on %s", (driver) => {
  const cleanups: Array<() => Promise<void>> = [];
  afterAll(async () => {
    for (const c of cleanups.reverse()) await c();
  });

  it("moves a job queued → running → succeeded", async () => {
    const handle = await openTestDb(driver);
    const boss = createBoss(handle.sql, { workers: true });
    await boss.start();
    cleanups.push(async () => {
      await boss.stop({ graceful: false, wait: true, timeout: 2000 });
      await handle.close();
    });
    await ensureQueues(boss);
    const run = await enqueueRun(handle.db, boss, "housekeeping", { triggeredBy: "test@example.com" });
    expect(run.state).toBe("queued");
    expect(run.bossJobId).toBeTruthy();
    await registerWorkers(boss, handle.db, { pollingIntervalSeconds: 0.5 });
    const done = await waitForState(handle.db, run.id, "succeeded");
    expect(done.startedAt).not.toBeNull();
    expect(done.finishedAt).not.toBeNull();
    expect(done.counts).toHaveProperty("signInAttemptsDeleted");
  });
});

describe("jobs survive a restart while queued (embedded data dir)", () => {
  it("a job queued before the process stops runs after it starts again", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ai-jobs-"));
    try {
      const first = await openPglite(dir);
      const { runMigrations } = await import("@/db/client");
      await runMigrations(first);
      const sender = createBoss(first.sql, { workers: false });
      await sender.start();
      await ensureQueues(sender);
      const run = await enqueueRun(first.db, sender, "housekeeping", {});
      await sender.stop({ graceful: true, wait: true, timeout: 2000 });
      await first.close();

      const second = await openPglite(dir);
      await runMigrations(second);
      expect((await getRun(second.db, run.id))?.state).toBe("queued");
      const worker = createBoss(second.sql, { workers: true });
      await worker.start();
      await ensureQueues(worker);
      await registerWorkers(worker, second.db, { pollingIntervalSeconds: 0.5 });
      await waitForState(second.db, run.id, "succeeded");
      await worker.stop({ graceful: false, wait: true, timeout: 2000 });
      await second.close();
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
