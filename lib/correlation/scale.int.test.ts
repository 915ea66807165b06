import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { getStoredSummary, saveRules } from "@/db/queries/correlation";
import { openTestDb, testDrivers } from "@/db/testing";
import { correlateSource } from "./correlate";
import { insertAccounts, insertIdentities, insertSource } from "./test-helpers";

const N = 20_000;

/** Correctness at size (chunking, parameter limits, memory); timing lives in `npm run bench`. */
describe.each(testDrivers())("correlateSource at 20k on %s", (driver) => {
  let h: DbHandle;
  beforeAll(async () => {
    h = await openTestDb(driver);
  });
  afterAll(async () => {
    await h.close();
  });

  it("correlates 20,000 accounts against 20,000 identities", { timeout: 300_000 }, async () => {
    const sourceId = await insertSource(h.db);
    // Every 10th identity shares its employee id with the next one, so the name rule below has ambiguity to find.
    await insertIdentities(
      h.db,
      Array.from({ length: N }, (_, i) => ({ name: `Person ${i}`, email: `person${i}@big.test`, employeeId: `E${i - (i % 10 === 1 ? 1 : 0)}` })),
    );
    // 19,000 accounts match by email (in mixed case), 1,000 match nobody.
    await insertAccounts(
      h.db,
      sourceId,
      Array.from({ length: N }, (_, i) => ({ nativeId: `U${i}`, email: i < 19_000 ? (i % 2 ? `PERSON${i}@big.test` : `person${i}@big.test`) : `stranger${i}@big.test` })),
    );
    const first = await correlateSource(h.db, sourceId);
    expect(first).toMatchObject({ correlated: 19_000, alreadyCorrelated: 0, ambiguous: 0, uncorrelated: 1_000, unlinked: 0 });
    const second = await correlateSource(h.db, sourceId);
    expect(second).toMatchObject({ correlated: 0, alreadyCorrelated: 19_000, uncorrelated: 1_000 });

    // Switch to a rule that finds two people for 2,000 accounts: all of those lose their link.
    await saveRules(h.db, sourceId, [{ identityAttribute: "employee_id", accountAttribute: "native_id", caseInsensitive: false }]);
    await h.db.execute(sql`update accounts set native_id = 'E' || substr(native_id, 2) where source_id = ${sourceId}`);
    const third = await correlateSource(h.db, sourceId);
    // Identities E0, E10, … each hold two people (i and i+1); accounts E1, E11, … match no employee id.
    expect(third).toMatchObject({ ambiguous: 2_000, uncorrelated: 2_000, unlinked: 3_800 });
    expect(third.correlated + third.alreadyCorrelated).toBe(16_000);
    expect(third.ambiguousAccounts).toHaveLength(2_000);
    const stored = await getStoredSummary(h.db, sourceId);
    expect(stored?.ambiguous).toHaveLength(1_000);
    expect(stored?.counts.ambiguous).toBe(2_000);
  });
});
