import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { openTestDb, testDrivers } from "@/db/testing";
import { correlateSource } from "@/lib/correlation/correlate";
import { uncorrelate } from "@/lib/correlation/manual";
import { DEFAULT_RULES } from "@/lib/correlation/rules";
import { insertAccounts, insertIdentities, insertSource } from "@/lib/correlation/test-helpers";
import { correlationRules } from "@/db/schema";
import { correlationSummary, getRules, InvalidStoredRulesError, listUncorrelated, saveRules } from "./correlation";

describe.each(testDrivers())("correlation queries on %s", (driver) => {
  let h: DbHandle;
  beforeAll(async () => {
    h = await openTestDb(driver);
  });
  afterAll(async () => {
    await h.close();
  });

  it("returns the default rules until some are saved, then replaces the whole list", async () => {
    const sourceId = await insertSource(h.db);
    expect(await getRules(h.db, sourceId)).toEqual({ rules: [...DEFAULT_RULES], isDefault: true });
    const two = [
      { identityAttribute: "attribute:slack_handle", accountAttribute: "user_name", caseInsensitive: false },
      { identityAttribute: "email", accountAttribute: "email", caseInsensitive: true },
    ];
    await saveRules(h.db, sourceId, two);
    expect(await getRules(h.db, sourceId)).toEqual({ rules: two, isDefault: false });
    await saveRules(h.db, sourceId, [two[1]]);
    expect((await getRules(h.db, sourceId)).rules).toEqual([two[1]]);
    // An invalid list changes nothing.
    await expect(saveRules(h.db, sourceId, [two[1], two[1]])).rejects.toThrow();
    await expect(saveRules(h.db, sourceId, [])).rejects.toThrow();
    expect((await getRules(h.db, sourceId)).rules).toEqual([two[1]]);
  });

  it("refuses to run on stored rules written around saveRules", async () => {
    const sourceId = await insertSource(h.db);
    await h.db.insert(correlationRules).values({ sourceId, position: 0, identityAttribute: "phone", accountAttribute: "email" });
    await expect(getRules(h.db, sourceId)).rejects.toBeInstanceOf(InvalidStoredRulesError);
  });

  it("summarises live state and the last run, and pages the uncorrelated list", async () => {
    const sourceId = await insertSource(h.db);
    expect(await correlationSummary(h.db, sourceId)).toEqual({
      live: { accounts: 0, autoCorrelated: 0, manualCorrelated: 0, uncorrelated: 0, markedNoIdentity: 0, uncorrelatedHumans: 0 },
      lastRun: null,
    });
    await insertIdentities(h.db, [{ name: "Gus", email: "gus@seven.test" }]);
    const [, refused] = await insertAccounts(h.db, sourceId, [
      { nativeId: "U1", email: "gus@seven.test" },
      { nativeId: "U2", email: "gus@seven.test" },
      { nativeId: "B1", accountType: "bot", isBot: true, realName: "A bot" },
      ...Array.from({ length: 30 }, (_, i) => ({ nativeId: `U${100 + i}`, realName: `Person ${String(i).padStart(2, "0")}`, email: `p${i}@seven.test` })),
    ]);
    await correlateSource(h.db, sourceId, { now: new Date("2031-05-01T12:00:00Z") });
    await uncorrelate(h.db, refused);
    const summary = await correlationSummary(h.db, sourceId);
    expect(summary.live).toEqual({ accounts: 33, autoCorrelated: 1, manualCorrelated: 0, uncorrelated: 32, markedNoIdentity: 1, uncorrelatedHumans: 30 });
    expect(summary.lastRun).toEqual({ at: "2031-05-01T12:00:00.000Z", counts: expect.objectContaining({ correlated: 2, uncorrelated: 31 }) });

    const page2 = await listUncorrelated(h.db, sourceId, { page: 2, pageSize: 25 });
    expect(page2.total).toBe(32);
    expect(page2.rows).toHaveLength(7);
    const search = await listUncorrelated(h.db, sourceId, { q: "person 0", page: 1, pageSize: 25 });
    expect(search.rows.map((r) => r.realName)).toEqual(Array.from({ length: 10 }, (_, i) => `Person 0${i}`));
    expect((await listUncorrelated(h.db, sourceId, { q: "%", page: 1, pageSize: 25 })).total).toBe(0);
  });
});
