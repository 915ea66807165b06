import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { saveRules } from "@/db/queries/correlation";
import { findIdentityByEmail } from "@/db/queries/identities";
import { identities } from "@/db/schema";
import { openTestDb, testDrivers } from "@/db/testing";
import { correlateSource } from "./correlate";
import { createIdentitiesFromAccounts } from "./create-identities";
import { insertAccounts, insertIdentities, insertSource, linkOf } from "./test-helpers";

describe.each(testDrivers())("createIdentitiesFromAccounts on %s", (driver) => {
  let h: DbHandle;
  beforeAll(async () => {
    h = await openTestDb(driver);
  });
  afterAll(async () => {
    await h.close();
  });

  it("creates identities for uncorrelated humans only, and links what it creates", async () => {
    const sourceId = await insertSource(h.db);
    const [existing] = await insertIdentities(h.db, [{ name: "Known", email: "known@five.test" }]);
    const [human, known, bot, botByType, guest, noEmail, twinCase, manualNone] = await insertAccounts(h.db, sourceId, [
      { nativeId: "U1", email: "New.Person@five.test", realName: "New Person", displayName: "newp" },
      { nativeId: "U2", email: "KNOWN@five.test", realName: "Known Again" },
      { nativeId: "B1", email: "bot@five.test", isBot: true, accountType: "bot", realName: "Deploy Bot" },
      { nativeId: "B2", email: "bot2@five.test", accountType: "bot" },
      { nativeId: "G1", email: "guest@partner.test", accountType: "guest", isMultiChannelGuest: true },
      { nativeId: "U3", email: null, realName: "No Mail" },
      { nativeId: "U4", email: "new.person@FIVE.test", displayName: "second account" },
      { nativeId: "U5", email: "shared@five.test", correlation: "manual" },
      { nativeId: "U6", email: "left@five.test", isActive: false },
    ]);
    const result = await createIdentitiesFromAccounts(h.db, sourceId, "all-uncorrelated-humans");
    expect(result).toMatchObject({ created: 1, linked: 3, linkedExisting: 1, skipped: 1, skippedByReason: { noEmail: 1 } });

    const created = await findIdentityByEmail(h.db, "new.person@five.test");
    expect(created).toMatchObject({ name: "New Person", email: "New.Person@five.test", source: "account" });
    expect(result.createdIdentityIds).toEqual([created!.id]);
    expect(await linkOf(h.db, human)).toEqual({ identityId: created!.id, correlation: "auto" });
    expect(await linkOf(h.db, twinCase)).toEqual({ identityId: created!.id, correlation: "auto" });
    expect(await linkOf(h.db, known)).toEqual({ identityId: existing, correlation: "auto" });
    for (const id of [bot, botByType, guest, noEmail]) expect(await linkOf(h.db, id)).toEqual({ identityId: null, correlation: null });
    // A person said "no identity": the bulk action respects it.
    expect(await linkOf(h.db, manualNone)).toEqual({ identityId: null, correlation: "manual" });
    expect(await findIdentityByEmail(h.db, "bot@five.test")).toBeUndefined();
    expect(await findIdentityByEmail(h.db, "guest@partner.test")).toBeUndefined();
    expect(await findIdentityByEmail(h.db, "left@five.test")).toBeUndefined();

    // Guests only when listed by id; bots never, even when listed.
    const listed = await createIdentitiesFromAccounts(h.db, sourceId, [guest, bot, botByType, human, "00000000-0000-0000-0000-000000000000", "junk"]);
    expect(listed).toMatchObject({ created: 1, linked: 1, skippedByReason: { bot: 2, alreadyCorrelated: 1, notFound: 2 } });
    expect(await linkOf(h.db, guest)).toMatchObject({ correlation: "auto" });
    expect(await linkOf(h.db, bot)).toEqual({ identityId: null, correlation: null });
    const [{ n }] = await h.db.select({ n: sql<number>`count(*)`.mapWith(Number) }).from(identities).where(eq(identities.source, "account"));
    expect(n).toBe(2);

    // What it created holds up under the rules: the next run finds the same links.
    expect(await correlateSource(h.db, sourceId)).toMatchObject({ correlated: 0, alreadyCorrelated: 4, manualKept: 1, unlinked: 0 });
  });

  it("skips accounts the latest run found ambiguous", async () => {
    const sourceId = await insertSource(h.db);
    await insertIdentities(h.db, [
      { name: "Same Name", email: "same.one@six.test" },
      { name: "Same Name", email: "same.two@six.test" },
    ]);
    await saveRules(h.db, sourceId, [{ identityAttribute: "name", accountAttribute: "real_name", caseInsensitive: true }]);
    const [amb] = await insertAccounts(h.db, sourceId, [{ nativeId: "U1", realName: "Same Name", email: "same@six.test" }]);
    expect(await correlateSource(h.db, sourceId)).toMatchObject({ ambiguous: 1 });
    const result = await createIdentitiesFromAccounts(h.db, sourceId, "all-uncorrelated-humans");
    expect(result).toMatchObject({ created: 0, linked: 0, skippedByReason: { ambiguous: 1 } });
    expect(await linkOf(h.db, amb)).toEqual({ identityId: null, correlation: null });
  });
});
