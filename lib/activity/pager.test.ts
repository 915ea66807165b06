import { describe, expect, it } from "vitest";
import { pageAccessLogs, type FetchAccessLogPage } from "./pager";
import type { AccessLogEntry } from "./types";

/** A fake team.accessLogs with Slack's rules: date_last desc, inclusive `before`, a page ceiling. */
function fakeSlack(entries: AccessLogEntry[], maxPage: number) {
  const sorted = [...entries].sort((a, b) => b.dateLast - a.dateLast);
  const calls: Array<{ before: number | null; page: number }> = [];
  const fetchPage: FetchAccessLogPage = async ({ before, page, count }) => {
    calls.push({ before, page });
    if (page > maxPage) throw new Error("over_pagination_limit");
    const visible = sorted.filter((e) => before === null || e.dateLast <= before);
    const slice = visible.slice((page - 1) * count, page * count);
    return { entries: slice, pages: Math.ceil(visible.length / count), total: visible.length };
  };
  return { fetchPage, calls };
}

const entry = (i: number, dateLast: number): AccessLogEntry => ({
  userId: `U${i}`, username: null, ip: "", userAgent: "", dateFirst: dateLast, dateLast, count: 1, isp: null, country: null, region: null,
});

async function collect(gen: AsyncGenerator<{ entries: AccessLogEntry[] }>) {
  const out: AccessLogEntry[] = [];
  for await (const b of gen) out.push(...b.entries);
  return out;
}

describe("pageAccessLogs", () => {
  it("goes past the page ceiling with `before` and reads every entry (boundary duplicates allowed)", async () => {
    // 95 entries, several sharing a second at every window boundary; 3 per page, 4 pages per window.
    const entries = Array.from({ length: 95 }, (_, i) => entry(i, 1_000_000 - Math.floor(i / 2)));
    const slack = fakeSlack(entries, 4);
    const seen = await collect(pageAccessLogs(slack.fetchPage, { stopBefore: null, pageSize: 3, maxPage: 4 }));
    expect(new Set(seen.map((e) => e.userId)).size).toBe(95);
    expect(slack.calls.some((c) => c.before !== null)).toBe(true);
    expect(Math.max(...slack.calls.map((c) => c.page))).toBeLessThanOrEqual(4);
  });

  it("stops an incremental walk at the first page older than the watermark minus the overlap", async () => {
    const entries = Array.from({ length: 50 }, (_, i) => entry(i, 10_000 - i * 100));
    const slack = fakeSlack(entries, 100);
    const seen = await collect(pageAccessLogs(slack.fetchPage, { stopBefore: 9_000, pageSize: 5, maxPage: 100 }));
    expect(seen.length).toBe(15);
    expect(slack.calls.length).toBe(3);
  });

  it("does not loop when a whole window shares one second", async () => {
    const entries = [...Array.from({ length: 10 }, (_, i) => entry(i, 500)), entry(99, 400)];
    const slack = fakeSlack(entries, 2);
    const seen = await collect(pageAccessLogs(slack.fetchPage, { stopBefore: null, pageSize: 2, maxPage: 2 }));
    expect(seen.map((e) => e.userId)).toContain("U99");
  });

  it("ends on an empty log", async () => {
    const slack = fakeSlack([], 100);
    expect(await collect(pageAccessLogs(slack.fetchPage, { stopBefore: null }))).toEqual([]);
    expect(slack.calls).toEqual([{ before: null, page: 1 }]);
  });
});
