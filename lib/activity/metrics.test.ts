import { describe, expect, it } from "vitest";
import { accountKind, assessDormancy, countriesSeen, countDaysIn, dailyView, identityDormancy, monthlyView, usageState, windowOf } from "./metrics";

const NOW = new Date("2026-03-15T12:00:00Z");
const nowS = NOW.getTime() / 1000;
const D = 86_400;
const flags = { role: "member", isBot: false, isOwner: false, isPrimaryOwner: false, isAdmin: false, isMultiChannelGuest: false, isSingleChannelGuest: false, accountType: "human" };

describe("windows and completeness", () => {
  it("a 90-day window ends today", () => {
    expect(windowOf(NOW, 90)).toEqual({ from: "2025-12-16", to: "2026-03-15" });
  });

  it("is COMPLETE only when the window starts on or after the first fully observed day", () => {
    expect(usageState("2025-12-16", "2025-12-16")).toBe("COMPLETE");
    expect(usageState("2025-12-16", "2025-12-17")).toBe("UNKNOWN");
    expect(usageState("2025-12-16", null)).toBe("UNKNOWN");
  });

  it("counts distinct days inside a window", () => {
    expect(countDaysIn(["2026-03-01", "2026-03-01", "2026-02-01", "2026-03-15"], "2026-02-14", "2026-03-15")).toBe(2);
  });
});

describe("series", () => {
  it("daily view has one point per day, merging accounts", () => {
    const v = dailyView([{ day: "2026-03-14", accesses: 2, clients: ["ios"] }, { day: "2026-03-14", accesses: 1, clients: ["desktop"] }], NOW, "2026-03-01", 7);
    expect(v).toHaveLength(7);
    expect(v[5]).toEqual({ day: "2026-03-14", active: true, accesses: 3, clients: ["desktop", "ios"], observed: true });
    expect(v[0]).toMatchObject({ day: "2026-03-09", active: false, observed: true });
  });

  it("monthly view covers 12 months with days elapsed and completeness", () => {
    const v = monthlyView(["2026-03-01", "2026-03-02", "2026-01-31", "2025-03-20"], NOW, "2026-01-10");
    expect(v).toHaveLength(12);
    expect(v[0].month).toBe("2025-04-01");
    expect(v[11]).toEqual({ month: "2026-03-01", daysActive: 2, daysElapsed: 15, complete: true });
    expect(v[9]).toMatchObject({ month: "2026-01-01", daysActive: 1, daysElapsed: 31, complete: false });
  });
});

describe("dormancy", () => {
  it("classifies account kinds", () => {
    expect(accountKind({ ...flags, isPrimaryOwner: true })).toBe("owner");
    expect(accountKind({ ...flags, role: "admin", isAdmin: true })).toBe("admin");
    expect(accountKind({ ...flags, role: "single_channel_guest", isSingleChannelGuest: true })).toBe("guest");
    expect(accountKind({ ...flags, role: "bot", isBot: true })).toBe("bot");
    expect(accountKind(flags)).toBe("member");
  });

  it("uses the threshold of the account type and says why", () => {
    const admin = assessDormancy({ kind: "admin", lastActive: nowS - 20 * D, isActive: true }, NOW);
    expect(admin).toMatchObject({ status: "dormant", thresholdDays: 14, daysSinceActive: 20 });
    expect(admin.reason).toContain("threshold for admins is 14 days");
    expect(assessDormancy({ kind: "member", lastActive: nowS - 20 * D, isActive: true }, NOW).status).toBe("active");
    expect(assessDormancy({ kind: "member", lastActive: null, isActive: true }, NOW).status).toBe("never_signed_in");
    expect(assessDormancy({ kind: "bot", lastActive: null, isActive: true }, NOW).status).toBe("excluded");
    expect(assessDormancy({ kind: "member", lastActive: nowS - 99 * D, isActive: false }, NOW).status).toBe("excluded");
  });

  it("thresholds are a parameter", () => {
    expect(assessDormancy({ kind: "member", lastActive: nowS - 20 * D, isActive: true }, NOW, { owner: 7, admin: 7, member: 10, guest: 10 }).status).toBe("dormant");
  });

  it("judges an identity on its active non-bot accounts, with the strictest threshold", () => {
    const d = identityDormancy([
      { kind: "member", lastActive: nowS - 20 * D, isActive: true },
      { kind: "admin", lastActive: nowS - 40 * D, isActive: true },
      { kind: "member", lastActive: nowS - D, isActive: false },
    ], NOW);
    expect(d).toMatchObject({ status: "dormant", kind: "admin", daysSinceActive: 20, thresholdDays: 14 });
  });
});

describe("countriesSeen", () => {
  it("flags a country first seen in the last 30 days", () => {
    const c = countriesSeen([
      { country: "US", dateFirst: nowS - 200 * D, dateLast: nowS - D, count: 10 },
      { country: "FR", dateFirst: nowS - 5 * D, dateLast: nowS - 2 * D, count: 3 },
      { country: "US", dateFirst: nowS - 3 * D, dateLast: nowS, count: 1 },
    ], NOW);
    expect(c).toEqual([
      { country: "US", firstSeen: nowS - 200 * D, lastSeen: nowS, accesses: 11, isNew: false },
      { country: "FR", firstSeen: nowS - 5 * D, lastSeen: nowS - 2 * D, accesses: 3, isNew: true },
    ]);
  });
});
