import { describe, expect, it } from "vitest";
import { daysAgo } from "./context";

describe("daysAgo", () => {
  const now = new Date("2026-11-28T12:00:00Z");
  const at = (d: number) => Math.floor(now.getTime() / 1000) - d * 86400;
  it("says today, yesterday and N days ago", () => {
    expect(daysAgo(at(0), now)).toBe("today");
    expect(daysAgo(at(1), now)).toBe("yesterday");
    expect(daysAgo(at(45), now)).toBe("45 days ago");
  });
});
