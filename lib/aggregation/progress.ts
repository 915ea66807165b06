import type { RequestStats } from "./types";

export type Phase = "listing" | "groups" | "applying";

/** Slack's published read budgets: users.list and usergroups.list are Tier 2; SCIM reads share 1000/min. */
export const REQUESTS_PER_MINUTE = { webapi: 20, scim: 1000 } as const;

export interface ProgressOptions {
  write(p: Record<string, unknown>): Promise<void>;
  stats: RequestStats;
  perMinute: number;
  pageSize: number;
  now(): number;
}

/**
 * Live progress for the Aggregation page. The estimate takes the slower of Slack's rate budget and the
 * pace seen so far, so it neither promises the impossible nor ignores a slow network.
 */
export class ProgressReporter {
  private phase: Phase = "listing";
  private items = 0;
  private total: { value: number; estimated: boolean } | undefined;
  private readonly startedAt: number;

  constructor(private readonly o: ProgressOptions) {
    this.startedAt = o.now();
  }

  /** Known ahead (SCIM totalResults) or guessed (the accounts we already hold, for users.list). */
  setTotal(value: number, estimated: boolean): void {
    if (value > 0 || !estimated) this.total = { value, estimated };
  }

  private etaSeconds(): number | undefined {
    if (!this.total || this.phase === "applying") return undefined;
    const remainingAccountPages = Math.max(0, Math.ceil((this.total.value - this.items) / this.o.pageSize));
    // One group call at least follows the account pages.
    const remaining = this.phase === "listing" ? remainingAccountPages + 1 : 1;
    const budget = 60 / this.o.perMinute;
    const done = this.o.stats.pages + this.o.stats.groupPages;
    const observed = done > 0 ? (this.o.now() - this.startedAt) / 1000 / done : 0;
    return Math.round(remaining * Math.max(budget, observed));
  }

  private async emit(message: string, extra: Record<string, unknown> = {}): Promise<void> {
    const eta = this.etaSeconds();
    await this.o.write({
      phase: this.phase,
      pagesDone: this.o.stats.pages + this.o.stats.groupPages,
      items: this.items,
      ...(this.total ? { totalItems: this.total.value, totalEstimated: this.total.estimated } : {}),
      requests: this.o.stats.requests,
      ...(eta === undefined ? {} : { etaSeconds: eta }),
      message,
      ...extra,
    });
  }

  async accountsListed(items: number): Promise<void> {
    this.items = items;
    await this.emit(`Read ${items.toLocaleString("en-US")} accounts from Slack`);
  }

  async groupsListed(groups: number): Promise<void> {
    this.phase = "groups";
    await this.emit(`Read ${groups.toLocaleString("en-US")} groups from Slack`);
  }

  async applying(message: string, extra: Record<string, unknown> = {}): Promise<void> {
    this.phase = "applying";
    await this.emit(message, extra);
  }

  async rateLimitWait(seconds: number): Promise<void> {
    await this.emit(`waiting for Slack rate limit (${seconds} s)`, { waitingForRateLimit: seconds });
  }
}
