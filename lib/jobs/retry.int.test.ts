import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDb } from "@/db/testing";
import type { DbHandle } from "@/db/client";
import { jobRuns } from "@/db/schema";
import { JobFailure } from "./context";
import { getRun } from "./runs";
import { registerJobHandler, runJob } from "./worker";

describe("job attempts", () => {
  let h: DbHandle;
  beforeAll(async () => {
    h = await openTestDb("pglite");
  });
  afterAll(async () => {
    await h.close();
  });

  it("requeues a run whose attempt failed while pg-boss has retries left, then fails it on the last", async () => {
    let calls = 0;
    registerJobHandler("housekeeping", async () => {
      calls++;
      if (calls < 3) throw new Error(`boom ${calls}`);
      throw new JobFailure("Still broken after every retry.", { pages: 2 });
    });
    const [run] = await h.db.insert(jobRuns).values({ kind: "housekeeping" }).returning();
    await expect(runJob(h.db, "housekeeping", { runId: run.id }, { retryCount: 0, retryLimit: 2 })).rejects.toThrow("boom 1");
    expect((await getRun(h.db, run.id))?.state).toBe("queued");
    await expect(runJob(h.db, "housekeeping", { runId: run.id }, { retryCount: 1, retryLimit: 2 })).rejects.toThrow("boom 2");
    expect((await getRun(h.db, run.id))?.progress).toMatchObject({ message: expect.stringContaining("Attempt 2 failed") });
    await expect(runJob(h.db, "housekeeping", { runId: run.id }, { retryCount: 2, retryLimit: 2 })).rejects.toThrow("Still broken");
    expect(await getRun(h.db, run.id)).toMatchObject({ state: "failed", error: "Still broken after every retry.", counts: { pages: 2 } });
  });
});
