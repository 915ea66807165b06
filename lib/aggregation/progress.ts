import type { RequestStats } from "./types";

export type Phase = "listing" | "guests" | "roles" | "groups" | "applying";

/** Slack's published read budgets: users.list and usergroups.list are Tier 2; SCIM reads share 1000/min. */
export const REQUESTS_PER_MINUTE = { webapi: 20, scim: 1000 } as const;

export interface ProgressOptions {
  write(p: Record<string, unknown>): Promise<void>;
  stats: RequestStats;
  /** The budget of the source's own API (the account, guest and group listings). */
  perMinute: number;
  pageSize: number;
  now(): number;
}

/** What a SCIM-mode run reads after the account pages, so the estimate can count it. */
export interface ScimFollowUps {
  /** Filtered /Users listings still to come (the guest listings). */
  guestListings: number;
  /** Whether users.list is paged for roles (Tier 2, so it usually dominates the time left). */
  roleLookup: boolean;
}

/**
 * Live progress for the Aggregation page. The estimate takes the slower of Slack's rate budget and the
 * pace seen so far, so it neither promises the impossible nor ignores a slow network. Notes (what this
 * run could not know) ride along on every write, so the run's final progress keeps them.
 */
export class ProgressReporter {
  private phase: Phase = "listing";
  private items = 0;
  private total: { value: number; estimated: boolean } | undefined;
  private followUps: ScimFollowUps = { guestListings: 0, roleLookup: false };
  private readonly notes: string[] = [];
  private readonly startedAt: number;

  constructor(private readonly o: ProgressOptions) {
    this.startedAt = o.now();
  }

  /** Known ahead (SCIM totalResults) or guessed (the accounts we already hold, for users.list). */
  setTotal(value: number, estimated: boolean): void {
    if (value > 0 || !estimated) this.total = { value, estimated };
  }

  planScimFollowUps(followUps: ScimFollowUps): void {
    this.followUps = { ...followUps };
  }

  /** Something a person should know about this run's data, e.g. roles Slack did not tell. */
  note(text: string): void {
    if (!this.notes.includes(text)) this.notes.push(text);
  }

  private pagesFor(items: number): number {
    return Math.max(0, Math.ceil(items / this.o.pageSize));
  }

  private etaSeconds(): number | undefined {
    if (!this.total || this.phase === "applying") return undefined;
    const s = this.o.stats;
    let ownCalls = 1; // One group call at least follows everything else.
    let roleCalls = 0;
    if (this.phase === "listing") ownCalls += this.pagesFor(this.total.value - this.items);
    if (this.phase === "listing" || this.phase === "guests") ownCalls += this.followUps.guestListings;
    if (this.followUps.roleLookup && this.phase !== "groups") roleCalls = Math.max(0, this.pagesFor(this.total.value) - s.rolePages);
    const done = s.pages + s.guestPages + s.rolePages + s.groupPages;
    const observed = done > 0 ? (this.o.now() - this.startedAt) / 1000 / done : 0;
    const seconds = ownCalls * Math.max(60 / this.o.perMinute, observed) + roleCalls * Math.max(60 / REQUESTS_PER_MINUTE.webapi, observed);
    return Math.round(seconds);
  }

  private async emit(message: string, extra: Record<string, unknown> = {}): Promise<void> {
    const eta = this.etaSeconds();
    const s = this.o.stats;
    await this.o.write({
      phase: this.phase,
      pagesDone: s.pages + s.guestPages + s.rolePages + s.groupPages,
      items: this.items,
      ...(this.total ? { totalItems: this.total.value, totalEstimated: this.total.estimated } : {}),
      requests: s.requests,
      ...(eta === undefined ? {} : { etaSeconds: eta }),
      message,
      ...(this.notes.length ? { notes: [...this.notes] } : {}),
      ...extra,
    });
  }

  async accountsListed(items: number): Promise<void> {
    this.items = items;
    await this.emit(`Read ${items.toLocaleString("en-US")} accounts from Slack`);
  }

  /** One guest listing finished (`left` more to come) or advanced a page. */
  async guestsListed(kind: "multi-channel" | "single-channel", guests: number, left: number): Promise<void> {
    this.phase = "guests";
    this.followUps.guestListings = left;
    await this.emit(`Read ${guests.toLocaleString("en-US")} ${kind} guests from Slack`);
  }

  async rolesListed(members: number): Promise<void> {
    this.phase = "roles";
    await this.emit(`Read roles of ${members.toLocaleString("en-US")} users from users.list`);
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
