import { describe, expect, it } from "vitest";
import { inferGapDays, type GapEvidence } from "./gap-inference";
import { TimeProfileBuilder } from "./time-profile";
import type { AccessLogEntry } from "./types";

const D = 86_400;
const H = 3600;
const DAY0 = Date.UTC(2026, 0, 14) / 1000; // 2026-01-14 00:00 UTC

/** Profiles learned from timestamps: "CA" works 15:30–03:00 UTC (California), "DE" 07:00–16:30 UTC (Berlin). */
function profiles() {
  const b = new TimeProfileBuilder();
  for (let day = 0; day < 20; day++) {
    for (let m = 0; m <= 11.5 * 60; m += 30) b.add("US/CA", DAY0 - day * D + 15.5 * H + m * 60);
    for (let m = 0; m <= 9.5 * 60; m += 30) b.add("DE/BE", DAY0 - day * D + 7 * H + m * 60);
  }
  return b.build();
}

function gap(userId: string, region: "CA" | "BE", dateLast: number, unseen: number, previousLast: number): GapEvidence {
  const entry: AccessLogEntry = { userId, username: null, ip: "1.1.1.1", userAgent: "x", dateFirst: 0, dateLast, count: 99, isp: null, country: region === "CA" ? "US" : "DE", region, };
  return { entry, client: "desktop", unseen, previousLast };
}

describe("time profiles", () => {
  it("put the day boundary in each region's quiet hours", () => {
    const p = profiles();
    const ca = p.get("US/CA").dayBoundary / H;
    const de = p.get("DE/BE").dayBoundary / H;
    expect(ca).toBeGreaterThan(4);
    expect(ca).toBeLessThan(15);
    expect(de > 17 || de < 6).toBe(true);
    expect(p.get("US/CA").mass(DAY0, DAY0 + D)).toBeCloseTo(1, 5);
  });
});

describe("inferGapDays (daily syncs at 12:00 UTC)", () => {
  const since = DAY0 + 12 * H; // previous sync: 2026-01-14 12:00
  const p = profiles();

  it("a Californian last seen at 01:30 UTC with unseen accesses also worked the day before", () => {
    const out = inferGapDays([gap("UCA", "CA", DAY0 + D + 1.5 * H, 3, DAY0 - D + 2 * H)], since, new Map(), p);
    expect(out).toEqual([expect.objectContaining({ userId: "UCA", day: "2026-01-14", client: "desktop", ip: "1.1.1.1" })]);
  });

  it("a Berliner seen only on the next morning, not seen the morning before, did not work that afternoon", () => {
    const out = inferGapDays([gap("UDE", "BE", DAY0 + D + 10 * H, 2, DAY0 - 2 * D + 15 * H)], since, new Map([["UDE", DAY0 - 2 * D + 15 * H]]), p);
    expect(out).toEqual([]);
  });

  it("a Berliner already seen that working day probably carried on after the sync", () => {
    const out = inferGapDays([gap("UDE", "BE", DAY0 + D + 10 * H, 6, DAY0 + 9 * H)], since, new Map([["UDE", DAY0 + 11 * H]]), p);
    expect(out.map((d) => d.day)).toEqual(["2026-01-14"]);
  });

  it("infers nothing when the span since the last sync does not cross midnight", () => {
    expect(inferGapDays([gap("UCA", "CA", DAY0 + 23 * H, 5, DAY0)], since, new Map(), p)).toEqual([]);
  });

  it("infers nothing from a single new access (there is no unseen one)", () => {
    expect(inferGapDays([gap("UCA", "CA", DAY0 + D + 2 * H, 0, DAY0)], since, new Map(), p)).toEqual([]);
  });
});
