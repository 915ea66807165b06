import type { PagedBatch } from "./pager";
import type { PageApplied } from "./store-entries";

export interface SyncCounts {
  entriesRead: number;
  newEntries: number;
  changedEntries: number;
  pages: number;
  requests: number;
  activityDaysWritten: number;
  billableUsers: number;
  billingActive: number;
  inferredDays: number;
  [key: string]: number;
}

/**
 * The run's counts and the live progress shown on the run (pages done, estimate of time left, waits).
 * A rate-limit wait is shown as `{ waitingForRateLimit: N, message: 'waiting for Slack rate limit (N s)' }`
 * on top of the last progress, and removed when the request resumes.
 */
export class SyncProgress {
  readonly counts: SyncCounts = {
    entriesRead: 0, newEntries: 0, changedEntries: 0, pages: 0, requests: 0, activityDaysWritten: 0, billableUsers: 0, billingActive: 0, inferredDays: 0,
  };
  private current: Record<string, unknown>;
  private readonly startedAt = Date.now();
  private pageMs = 0;
  private waitMs = 0;
  private waitingSince = 0;
  private phaseName = "access-logs";
  private phaseStartedAt = Date.now();

  constructor(
    private readonly write: (p: Record<string, unknown>) => Promise<void>,
    readonly mode: "backfill" | "incremental",
  ) {
    this.current = { phase: "access-logs", mode, message: mode === "backfill" ? "reading the whole access log (first sync)" : "reading new access-log entries" };
  }

  request(): void {
    this.counts.requests++;
  }

  report(): Promise<void> {
    return this.write({ ...this.current, ...this.counts });
  }

  async page(batch: PagedBatch, applied: PageApplied): Promise<void> {
    const c = this.counts;
    c.pages++;
    c.entriesRead += batch.entries.length;
    c.newEntries += applied.newEntries;
    c.changedEntries += applied.changedEntries;
    c.activityDaysWritten += applied.daysWritten;
    // Time spent waiting for Slack's rate limit is not part of the per-page estimate.
    this.pageMs = (Date.now() - this.startedAt - this.waitMs) / c.pages;
    const estimated = this.mode === "backfill" && batch.firstWindowTotal ? Math.max(c.pages, Math.ceil(batch.firstWindowTotal / batch.pageSize)) : null;
    this.current = {
      phase: "access-logs",
      mode: this.mode,
      window: batch.window,
      page: batch.page,
      pagesEstimated: estimated,
      etaSeconds: estimated !== null ? Math.round(((estimated - c.pages) * this.pageMs) / 1000) : null,
      message: estimated !== null ? `read ${c.pages} of about ${estimated} pages` : `read ${c.pages} page${c.pages === 1 ? "" : "s"}`,
    };
    await this.report();
  }

  async phase(phase: string, message: string): Promise<void> {
    this.closePhase();
    this.phaseName = phase;
    this.current = { phase, mode: this.mode, message };
    await this.report();
  }

  /**
   * Milliseconds per phase (`ms:access-logs`, `ms:billing`, …) and inside Slack calls (`ms:slack`), kept
   * with the run's counts so a slow sync shows where its time went.
   */
  closePhase(): void {
    const key = `ms:${this.phaseName}`;
    this.counts[key] = (this.counts[key] ?? 0) + (Date.now() - this.phaseStartedAt);
    this.phaseStartedAt = Date.now();
  }

  async timeSlack<T>(call: () => Promise<T>): Promise<T> {
    const started = Date.now();
    try {
      return await call();
    } finally {
      this.counts["ms:slack"] = (this.counts["ms:slack"] ?? 0) + (Date.now() - started);
    }
  }

  async waiting(seconds: number): Promise<void> {
    this.waitingSince = Date.now();
    await this.write({ ...this.current, ...this.counts, waitingForRateLimit: seconds, message: `waiting for Slack rate limit (${seconds} s)` });
  }

  async resumed(): Promise<void> {
    this.waitMs += Date.now() - this.waitingSince;
    await this.report();
  }
}
