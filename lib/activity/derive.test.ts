import { describe, expect, it } from "vitest";
import { deriveChanges, dedupeEntries } from "./derive";
import { entryKey, type AccessLogEntry, type StoredEntry } from "./types";

const T = Date.UTC(2026, 0, 15) / 1000; // 2026-01-15 00:00 UTC
const H = 3600;
const D = 86_400;
const DESKTOP = "Mozilla/5.0 (Macintosh) AppleWebKit/537.36 Slack/4.41.105 Chrome/130.0 Electron/33.2.1 Safari/537.36 Slack_SSB/4.41.105";

function entry(p: Partial<AccessLogEntry>): AccessLogEntry {
  return { userId: "U1", username: "ann", ip: "10.0.0.1", userAgent: DESKTOP, dateFirst: T + 9 * H, dateLast: T + 9 * H, count: 1, isp: null, country: "US", region: "CA", ...p };
}
const storedOf = (...es: AccessLogEntry[]) => new Map<string, StoredEntry>(es.map((e) => [entryKey(e), e]));

describe("deriveChanges", () => {
  it("a new entry marks the days of date_first and date_last; days between stay unknown", () => {
    const d = deriveChanges([entry({ dateFirst: T - 10 * D + 9 * H, dateLast: T + 9 * H, count: 40 })], new Map());
    expect(d.newEntries).toBe(1);
    expect(d.days.map((x) => [x.day, x.accesses])).toEqual([["2026-01-05", 1], ["2026-01-15", 39]]);
    expect(d.days[0]).toMatchObject({ clients: ["desktop"], ips: ["10.0.0.1"] });
  });

  it("a new entry within one day gives that day all its accesses", () => {
    const d = deriveChanges([entry({ dateFirst: T + 8 * H, dateLast: T + 17 * H, count: 5 })], new Map());
    expect(d.days).toEqual([{ userId: "U1", day: "2026-01-15", accesses: 5, clients: ["desktop"], ips: ["10.0.0.1"] }]);
  });

  it("a grown entry marks the day of its new date_last with the count delta", () => {
    const old = entry({ dateFirst: T - 5 * D, dateLast: T - D, count: 10 });
    const d = deriveChanges([entry({ dateFirst: T - 5 * D, dateLast: T + 10 * H, count: 13 })], storedOf(old));
    expect(d.changedEntries).toBe(1);
    expect(d.days).toEqual([{ userId: "U1", day: "2026-01-15", accesses: 3, clients: ["desktop"], ips: ["10.0.0.1"] }]);
    expect(d.gaps).toEqual([expect.objectContaining({ unseen: 2, previousLast: T - D })]);
  });

  it("an unchanged entry writes nothing, so re-applying a page is harmless", () => {
    const e = entry({ count: 4 });
    expect(deriveChanges([e, e], storedOf(e))).toMatchObject({ writes: [], days: [], newEntries: 0, changedEntries: 0 });
  });

  it("a single new access leaves no gap to infer", () => {
    const old = entry({ dateLast: T - D, count: 3 });
    expect(deriveChanges([entry({ dateLast: T + H, count: 4 })], storedOf(old)).gaps).toEqual([]);
  });

  it("merges a user's entries on the same day", () => {
    const d = deriveChanges([entry({ count: 2, dateFirst: T + H, dateLast: T + 2 * H }), entry({ ip: "10.0.0.2", userAgent: "SlackWeb Mozilla/5.0 Firefox/132.0", count: 1 })], new Map());
    expect(d.days).toEqual([{ userId: "U1", day: "2026-01-15", accesses: 3, clients: ["desktop", "browser"], ips: ["10.0.0.1", "10.0.0.2"] }]);
  });

  it("never lets a roll-up shrink what is stored", () => {
    const old = entry({ dateFirst: T - 9 * D, dateLast: T - D, count: 50 });
    const d = deriveChanges([entry({ dateFirst: T - 2 * D, dateLast: T + H, count: 20 })], storedOf(old));
    expect(d.writes[0]).toMatchObject({ dateFirst: T - 9 * D, count: 50, dateLast: T + H });
    expect(d.days[0].accesses).toBe(0);
  });
});

describe("dedupeEntries", () => {
  it("keeps the biggest roll-up of a key seen twice (the inclusive `before` boundary)", () => {
    const a = entry({ count: 3, dateLast: T });
    const b = entry({ count: 4, dateLast: T + H });
    expect(dedupeEntries([a, b, a])).toEqual([b]);
  });
});
