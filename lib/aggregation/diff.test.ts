import { describe, expect, it } from "vitest";
import { countChanges, mergeWithPriorAttempt, planAccounts, type StoredAccount } from "./diff";
import type { ListedAccount } from "./types";

const now = new Date("2026-01-15T12:00:00Z");
const earlier = new Date("2026-01-01T00:00:00Z");

function listed(id: string, over: Partial<ListedAccount> = {}): ListedAccount {
  return { nativeId: id, userName: id.toLowerCase(), displayName: null, realName: null, emails: [], title: null, isActive: true, flags: {}, raw: {}, ...over };
}

function stored(id: string, over: Partial<StoredAccount> = {}): StoredAccount {
  return {
    id: `id-${id}`, nativeId: id, userName: id.toLowerCase(), displayName: null, realName: null, email: null, emails: [], title: null,
    isAdmin: false, isOwner: false, isPrimaryOwner: false, isMultiChannelGuest: false, isSingleChannelGuest: false, isBot: false,
    isInvited: false, isActive: true, accountType: "human", role: "member", firstSeenAt: earlier, updatedAt: earlier, removedAt: null, ...over,
  };
}

describe("planAccounts", () => {
  it("classifies added, changed, deactivated, reactivated, removed and unchanged", () => {
    const plan = planAccounts(
      [listed("A"), listed("B", { title: "Boss", flags: { isAdmin: true } }), listed("C", { isActive: false }), listed("D"), listed("N")],
      [stored("A"), stored("B"), stored("C"), stored("D", { isActive: false }), stored("R")],
      now,
      () => "new-id",
    );
    const byId = Object.fromEntries(plan.changes.map((c) => [c.nativeId, c]));
    expect(byId.N).toMatchObject({ kind: "added", accountId: "new-id" });
    expect(byId.B).toMatchObject({ kind: "changed", attributes: ["title", "isAdmin", "role"] });
    expect(byId.C).toMatchObject({ kind: "deactivated", attributes: [] });
    expect(byId.D).toMatchObject({ kind: "reactivated" });
    expect(byId.R).toMatchObject({ kind: "removed" });
    expect(byId.A).toBeUndefined();
    expect(plan.removals).toEqual([{ id: "id-R", nativeId: "R" }]);
    expect(plan.currentCount).toBe(5);
    expect(countChanges(plan.changes, 5)).toEqual({ added: 1, changed: 1, deactivated: 1, reactivated: 1, removed: 1, unchanged: 1 });
    const a = plan.rows.find((r) => r.nativeId === "A")!;
    expect(a).toMatchObject({ id: "id-A", firstSeenAt: earlier, updatedAt: earlier, lastSeenAt: now });
  });

  it("keeps stored flags the listing does not show, and reports a removed account back as added", () => {
    const plan = planAccounts([listed("A", { isActive: false, flags: { isBot: false } })], [stored("A", { isAdmin: true, role: "admin", removedAt: earlier })], now);
    expect(plan.rows[0]).toMatchObject({ isAdmin: true, role: "admin", isActive: false });
    expect(plan.changes).toEqual([{ accountId: "id-A", nativeId: "A", kind: "added", attributes: ["removedAt"] }]);
    expect(plan.currentCount).toBe(0);
  });
});

describe("mergeWithPriorAttempt", () => {
  it("keeps what the first attempt recorded for accounts it already wrote", () => {
    const prior = [
      { accountId: "1", nativeId: "A", kind: "added" as const, attributes: [] },
      { accountId: "2", nativeId: "B", kind: "deactivated" as const, attributes: [] },
      { accountId: "3", nativeId: "R", kind: "removed" as const, attributes: [] },
      { accountId: "4", nativeId: "G", kind: "removed" as const, attributes: [] },
    ];
    const current = [{ accountId: "1", nativeId: "A", kind: "changed" as const, attributes: ["title"] }];
    const merged = mergeWithPriorAttempt(current, prior, new Set(["A", "B", "G"]));
    expect(merged).toEqual([
      { accountId: "1", nativeId: "A", kind: "added", attributes: ["title"] },
      { accountId: "2", nativeId: "B", kind: "deactivated", attributes: [] },
      { accountId: "3", nativeId: "R", kind: "removed", attributes: [] },
    ]);
  });
});
