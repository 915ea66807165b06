import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { getStoredSummary, listUncorrelated, saveRules } from "@/db/queries/correlation";
import { accounts } from "@/db/schema";
import { openTestDb, testDrivers } from "@/db/testing";
import { correlateSource } from "./correlate";
import { correlateManually, resetToAutomatic, uncorrelate } from "./manual";
import { insertAccounts, insertIdentities, insertSource, linkOf } from "./test-helpers";

describe.each(testDrivers())("correlateSource on %s", (driver) => {
  let h: DbHandle;
  beforeAll(async () => {
    h = await openTestDb(driver);
  });
  afterAll(async () => {
    await h.close();
  });

  it("links exact and case-different emails, leaves orphans, and is stable on re-run", async () => {
    const sourceId = await insertSource(h.db);
    const [ada, bob] = await insertIdentities(h.db, [
      { name: "Ada", email: "ada@one.test" },
      { name: "Bob", email: "Bob@One.test" },
    ]);
    const [exact, cased, orphan, second, noEmail, removed] = await insertAccounts(h.db, sourceId, [
      { nativeId: "U1", email: "ada@one.test" },
      { nativeId: "U2", email: "BOB@one.TEST" },
      { nativeId: "U3", email: "ghost@one.test" },
      { nativeId: "U4", email: "ADA@one.test" },
      { nativeId: "U5", email: null },
      { nativeId: "U6", email: "bob@one.test", removedAt: new Date() },
    ]);
    const first = await correlateSource(h.db, sourceId);
    expect(first).toMatchObject({ correlated: 3, alreadyCorrelated: 0, manualKept: 0, ambiguous: 0, uncorrelated: 2, unlinked: 0 });
    expect(await linkOf(h.db, exact)).toEqual({ identityId: ada, correlation: "auto" });
    expect(await linkOf(h.db, cased)).toEqual({ identityId: bob, correlation: "auto" });
    // One person, two accounts: both link to the same identity.
    expect(await linkOf(h.db, second)).toEqual({ identityId: ada, correlation: "auto" });
    expect(await linkOf(h.db, orphan)).toEqual({ identityId: null, correlation: null });
    expect(await linkOf(h.db, noEmail)).toEqual({ identityId: null, correlation: null });
    // Removed accounts are history: not evaluated.
    expect(await linkOf(h.db, removed)).toEqual({ identityId: null, correlation: null });

    const again = await correlateSource(h.db, sourceId, { now: new Date("2030-01-01T00:00:00Z") });
    expect(again).toMatchObject({ correlated: 0, alreadyCorrelated: 3, uncorrelated: 2, unlinked: 0 });
    const stored = await getStoredSummary(h.db, sourceId);
    expect(stored).toMatchObject({ at: "2030-01-01T00:00:00.000Z", counts: { alreadyCorrelated: 3, uncorrelated: 2 }, ambiguous: [] });
  });

  it("leaves ambiguous accounts uncorrelated and records their candidates", async () => {
    const sourceId = await insertSource(h.db);
    await saveRules(h.db, sourceId, [
      { identityAttribute: "employee_id", accountAttribute: "user_name", caseInsensitive: true },
      { identityAttribute: "email", accountAttribute: "email", caseInsensitive: true },
    ]);
    const [twinA, twinB, solo] = await insertIdentities(h.db, [
      { name: "Twin A", email: "twin.a@two.test", employeeId: "E100" },
      { name: "Twin B", email: "twin.b@two.test", employeeId: "e100" },
      { name: "Solo", email: "solo@two.test", employeeId: "E200" },
    ]);
    const [amb, byId, wasLinked] = await insertAccounts(h.db, sourceId, [
      // The email would match Twin A, but the first rule already found two people: it decides.
      { nativeId: "U1", userName: "E100", email: "twin.a@two.test" },
      { nativeId: "U2", userName: "e200" },
      { nativeId: "U3", userName: "E100", email: "x@two.test", identityId: twinA, correlation: "auto" },
    ]);
    const result = await correlateSource(h.db, sourceId);
    expect(result).toMatchObject({ correlated: 1, ambiguous: 2, uncorrelated: 0, unlinked: 1 });
    const candidates = [twinA, twinB].sort();
    expect(result.ambiguousAccounts).toEqual(
      expect.arrayContaining([
        { accountId: amb, candidates },
        { accountId: wasLinked, candidates },
      ]),
    );
    expect(await linkOf(h.db, amb)).toEqual({ identityId: null, correlation: null });
    expect(await linkOf(h.db, wasLinked)).toEqual({ identityId: null, correlation: null });
    expect(await linkOf(h.db, byId)).toEqual({ identityId: solo, correlation: "auto" });

    const list = await listUncorrelated(h.db, sourceId, { page: 1, pageSize: 25 });
    expect(list.total).toBe(2);
    const row = list.rows.find((r) => r.id === amb)!;
    expect(row.ambiguous).toBe(true);
    expect(row.candidates.map((c) => c.name).sort()).toEqual(["Twin A", "Twin B"]);
    const only = await listUncorrelated(h.db, sourceId, { page: 1, pageSize: 25, ambiguousOnly: true, q: "twin.a" });
    expect(only.rows.map((r) => r.id)).toEqual([amb]);
  });

  it("matches on an identity attribute from the HR file", async () => {
    const sourceId = await insertSource(h.db);
    await saveRules(h.db, sourceId, [{ identityAttribute: "attribute:slack_id", accountAttribute: "native_id", caseInsensitive: false }]);
    const [ivy] = await insertIdentities(h.db, [{ name: "Ivy", email: "ivy@nine.test", attributes: { slack_id: "U9IVY" } }]);
    const [acc, lower] = await insertAccounts(h.db, sourceId, [{ nativeId: "U9IVY" }, { nativeId: "u9ivy" }]);
    expect(await correlateSource(h.db, sourceId)).toMatchObject({ correlated: 1, uncorrelated: 1 });
    expect(await linkOf(h.db, acc)).toEqual({ identityId: ivy, correlation: "auto" });
    expect(await linkOf(h.db, lower)).toEqual({ identityId: null, correlation: null });
  });

  it("never touches manual links or manual 'no identity' decisions", async () => {
    const sourceId = await insertSource(h.db);
    const [carol, dan] = await insertIdentities(h.db, [
      { name: "Carol", email: "carol@three.test" },
      { name: "Dan", email: "dan@three.test" },
    ]);
    const [pinned, refused] = await insertAccounts(h.db, sourceId, [
      { nativeId: "U1", email: "carol@three.test" },
      { nativeId: "U2", email: "dan@three.test" },
    ]);
    await correlateSource(h.db, sourceId);
    const change = await correlateManually(h.db, pinned, dan);
    expect(change.before).toMatchObject({ identityId: carol, correlation: "auto" });
    expect(change.after).toMatchObject({ identityId: dan, correlation: "manual" });
    expect(change.accountLabel).toBe("carol@three.test");
    const refusal = await uncorrelate(h.db, refused);
    expect(refusal.before).toMatchObject({ identityId: dan, correlation: "auto" });
    expect(refusal.after).toMatchObject({ identityId: null, correlation: "manual" });

    // Re-aggregation rewrites attributes; the manual decisions must survive it and the next run.
    await h.db.update(accounts).set({ displayName: "changed", updatedAt: new Date() }).where(eq(accounts.sourceId, sourceId));
    const result = await correlateSource(h.db, sourceId);
    expect(result).toMatchObject({ manualKept: 2, correlated: 0, unlinked: 0 });
    expect(await linkOf(h.db, pinned)).toEqual({ identityId: dan, correlation: "manual" });
    expect(await linkOf(h.db, refused)).toEqual({ identityId: null, correlation: "manual" });
    const list = await listUncorrelated(h.db, sourceId, { page: 1, pageSize: 25 });
    expect(list.rows).toEqual([expect.objectContaining({ id: refused, markedNoIdentity: true, ambiguous: false })]);

    // Handing the account back to the rules lets the next run link it again.
    await resetToAutomatic(h.db, refused);
    await correlateSource(h.db, sourceId);
    expect(await linkOf(h.db, refused)).toEqual({ identityId: dan, correlation: "auto" });
  });

  it("rejects manual actions on unknown accounts or identities", async () => {
    const sourceId = await insertSource(h.db);
    const [acc] = await insertAccounts(h.db, sourceId, [{ nativeId: "U1" }]);
    await expect(correlateManually(h.db, acc, "00000000-0000-0000-0000-000000000000")).rejects.toMatchObject({ target: "identity" });
    await expect(uncorrelate(h.db, "not-a-uuid")).rejects.toMatchObject({ target: "account" });
    // Scoped to the source the caller authorised, an account of another source does not exist.
    const otherSource = await insertSource(h.db);
    await expect(uncorrelate(h.db, acc, { sourceId: otherSource })).rejects.toMatchObject({ target: "account" });
    expect(await linkOf(h.db, acc)).toEqual({ identityId: null, correlation: null });
  });

  it("removes an automatic link when the email changes, and follows it to a new match", async () => {
    const sourceId = await insertSource(h.db);
    const [erin, fay] = await insertIdentities(h.db, [
      { name: "Erin", email: "erin@four.test" },
      { name: "Fay", email: "fay@four.test" },
    ]);
    const [acc, other] = await insertAccounts(h.db, sourceId, [
      { nativeId: "U1", email: "erin@four.test" },
      { nativeId: "U2", email: "fay@four.test" },
    ]);
    await correlateSource(h.db, sourceId);
    expect(await linkOf(h.db, acc)).toEqual({ identityId: erin, correlation: "auto" });

    await h.db.update(accounts).set({ email: "erin.personal@elsewhere.test" }).where(eq(accounts.id, acc));
    expect(await correlateSource(h.db, sourceId)).toMatchObject({ unlinked: 1, uncorrelated: 1, alreadyCorrelated: 1 });
    expect(await linkOf(h.db, acc)).toEqual({ identityId: null, correlation: null });

    await h.db.update(accounts).set({ email: "FAY@four.test" }).where(eq(accounts.id, acc));
    expect(await correlateSource(h.db, sourceId)).toMatchObject({ correlated: 1, alreadyCorrelated: 1 });
    expect(await linkOf(h.db, acc)).toEqual({ identityId: fay, correlation: "auto" });
    expect(await linkOf(h.db, other)).toEqual({ identityId: fay, correlation: "auto" });
  });
});
