import type { AccessLogEntry } from "./types";

/** One `team.accessLogs` answer, normalised. `pages` is Slack's paging.pages (null when absent). */
export interface AccessLogPage {
  entries: AccessLogEntry[];
  pages: number | null;
  total: number | null;
}

export type FetchAccessLogPage = (args: { before: number | null; page: number; count: number }) => Promise<AccessLogPage>;

export interface PagerOptions {
  /** Incremental syncs stop once a page reaches entries older than this (unix seconds). */
  stopBefore: number | null;
  /** Slack's ceilings: count ≤ 1000, page ≤ 100. */
  pageSize?: number;
  maxPage?: number;
}

export interface PagedBatch {
  entries: AccessLogEntry[];
  /** Which `before` window (1 = newest) and page within it. */
  window: number;
  page: number;
  /** Slack's total for the first window (entries at or before "now"), for progress. */
  firstWindowTotal: number | null;
  pageSize: number;
}

/**
 * Walks team.accessLogs from newest to oldest (Slack sorts by date_last, descending). Classic paging
 * stops at page 100 (`over_pagination_limit` after that), so every 100 pages we restart at page 1 with
 * `before` = the oldest date_last seen. `before` is inclusive: entries sharing that second come again;
 * the apply step treats a repeated roll-up as unchanged, so they are harmless.
 */
export async function* pageAccessLogs(fetchPage: FetchAccessLogPage, opts: PagerOptions): AsyncGenerator<PagedBatch> {
  const count = opts.pageSize ?? 1000;
  const maxPage = opts.maxPage ?? 100;
  let before: number | null = null;
  let firstWindowTotal: number | null = null;
  for (let window = 1; ; window++) {
    for (let page = 1; page <= maxPage; page++) {
      const r = await fetchPage({ before, page, count });
      if (window === 1 && page === 1) firstWindowTotal = r.total;
      if (r.entries.length) yield { entries: r.entries, window, page, firstWindowTotal, pageSize: count };
      if (!r.entries.length) return;
      const oldest = r.entries.reduce((m, e) => Math.min(m, e.dateLast), Infinity);
      if (opts.stopBefore !== null && oldest < opts.stopBefore) return;
      const lastPage = r.pages !== null ? page >= r.pages : r.entries.length < count;
      if (lastPage) return;
      if (page === maxPage) {
        // Guard: a whole window within one second would otherwise repeat forever.
        before = before !== null && oldest >= before ? before - 1 : oldest;
      }
    }
  }
}
