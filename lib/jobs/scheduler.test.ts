import { describe, expect, it } from "vitest";
import { isDue } from "./scheduler";

const now = new Date("2026-11-28T12:00:00Z");
const hoursAgo = (h: number) => new Date(now.getTime() - h * 3600_000);

describe("isDue", () => {
  it("never runs when the schedule is off", () => {
    expect(isDue("off", null, now)).toBe(false);
  });
  it("runs at once when there was no run", () => {
    expect(isDue("daily", null, now)).toBe(true);
  });
  it("runs daily and hourly at their cadence", () => {
    expect(isDue("daily", hoursAgo(23), now)).toBe(false);
    expect(isDue("daily", hoursAgo(24), now)).toBe(true);
    expect(isDue("hourly", hoursAgo(0.5), now)).toBe(false);
    expect(isDue("hourly", hoursAgo(1), now)).toBe(true);
  });
});
