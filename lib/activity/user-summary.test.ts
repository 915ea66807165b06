import { describe, expect, it } from "vitest";
import { dayBitsByUser } from "./user-summary";

describe("dayBitsByUser", () => {
  it("one bitmap per user from its earliest day, a bit per day up to its latest", () => {
    const bits = dayBitsByUser([
      { userId: "U1", day: "2026-01-05" },
      { userId: "U2", day: "2026-02-28" },
      { userId: "U1", day: "2026-01-01" },
      { userId: "U1", day: "2026-01-02" },
      { userId: "U2", day: "2026-03-02" },
      { userId: "U1", day: "2026-01-02" },
    ]);
    expect(bits).toEqual([
      { userId: "U1", from: "2026-01-01", bits: "11001" },
      { userId: "U2", from: "2026-02-28", bits: "101" },
    ]);
  });

  it("a single day is a single bit; no days, no bitmaps", () => {
    expect(dayBitsByUser([{ userId: "U1", day: "2026-12-31" }])).toEqual([{ userId: "U1", from: "2026-12-31", bits: "1" }]);
    expect(dayBitsByUser([])).toEqual([]);
  });
});
