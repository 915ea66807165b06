import { describe, expect, it } from "vitest";
import { formatSeconds, runDurationSeconds } from "./run-format";

describe("run formatting", () => {
  it("measures finished and running runs", () => {
    const start = new Date("2026-11-28T10:00:00Z");
    expect(runDurationSeconds({ startedAt: start, finishedAt: new Date("2026-11-28T10:01:05Z") })).toBe(65);
    expect(runDurationSeconds({ startedAt: start, finishedAt: null }, new Date("2026-11-28T10:00:10Z"))).toBe(10);
    expect(runDurationSeconds({ startedAt: null, finishedAt: null })).toBeNull();
  });
  it("formats durations for people", () => {
    expect(formatSeconds(42)).toBe("42 s");
    expect(formatSeconds(65)).toBe("1 min 5 s");
    expect(formatSeconds(3725)).toBe("1 h 2 min");
  });
});
