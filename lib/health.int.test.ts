import { describe, expect, it } from "vitest";
import type PgBoss from "pg-boss";
import { openTestDb } from "@/db/testing";
import { createBoss } from "@/lib/jobs/boss";
import { checkHealth } from "./health";

describe("health check", () => {
  it("reports ok when the database and pg-boss answer", async () => {
    const h = await openTestDb("pglite");
    const boss = createBoss(h.sql, { workers: false });
    await boss.start();
    const report = await checkHealth(async () => h, async () => boss);
    expect(report).toMatchObject({ status: "ok", database: { status: "ok", mode: "embedded" }, jobs: { status: "ok" } });
    await boss.stop({ graceful: false, wait: true, timeout: 2000 });
    await h.close();
  });

  it("fails honestly when the database is down", async () => {
    const report = await checkHealth(
      async () => {
        throw new Error("connect ECONNREFUSED 127.0.0.1:5432");
      },
      async () => ({}) as PgBoss,
    );
    expect(report).toMatchObject({ status: "error", database: { status: "error", error: expect.stringContaining("ECONNREFUSED") } });
  });

  it("fails honestly when the job system is down", async () => {
    const h = await openTestDb("pglite");
    const report = await checkHealth(
      async () => h,
      async () => {
        throw new Error("pg-boss did not start");
      },
    );
    expect(report).toMatchObject({ status: "error", database: { status: "ok" }, jobs: { status: "error", error: "pg-boss did not start" } });
    await h.close();
  });
});
