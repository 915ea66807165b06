/**
 * Token-bucket rate limiting per Slack tier. Off by default (tests), Slack's published limits with
 * `--rate-limits slack`, and any tier can be overridden with a small budget so tests can force 429s.
 * Buckets run on wall-clock time, not the simulated clock: Retry-After is a real wait.
 */

export type RateTier =
  | "tier1"
  | "tier2"
  | "tier3"
  | "tier4"
  | "special"
  | "scim_reads"
  | "scim_writes"
  | "scim_user_read"
  | "scim_user_write"
  | "scim_group_read"
  | "scim_group_write";

export const RATE_TIERS: readonly RateTier[] = [
  "tier1", "tier2", "tier3", "tier4", "special",
  "scim_reads", "scim_writes", "scim_user_read", "scim_user_write", "scim_group_read", "scim_group_write",
];

export interface TierLimit {
  perMinute: number;
  /** Bucket size; defaults to perMinute (Slack tolerates bursts up to about a minute's worth). */
  burst?: number;
}

/** Slack's limits: Web API tiers (docs.slack.dev rate limits) and SCIM sets/endpoints. */
export const SLACK_LIMITS: Readonly<Record<RateTier, TierLimit>> = {
  tier1: { perMinute: 1 },
  tier2: { perMinute: 20 },
  tier3: { perMinute: 50 },
  tier4: { perMinute: 100 },
  special: { perMinute: 600 },
  scim_reads: { perMinute: 1000, burst: 1000 },
  scim_writes: { perMinute: 600, burst: 180 },
  scim_user_read: { perMinute: 300, burst: 300 },
  scim_user_write: { perMinute: 180, burst: 20 },
  scim_group_read: { perMinute: 300, burst: 300 },
  scim_group_write: { perMinute: 180, burst: 80 },
};

export type RateLimitMode = "off" | "slack";

export interface RateLimitSettings {
  mode: RateLimitMode;
  /** Tiers with their own budget; enforced even when mode is "off". */
  tiers: Partial<Record<RateTier, TierLimit>>;
}

interface Bucket {
  tokens: number;
  updatedMs: number;
}

export type RateDecision = { limited: false } | { limited: true; retryAfter: number };

export class RateLimiter {
  private settings: RateLimitSettings = { mode: "off", tiers: {} };
  private readonly buckets = new Map<string, Bucket>();

  constructor(private readonly nowMs: () => number = () => performance.now()) {}

  configure(next: Partial<RateLimitSettings>): void {
    this.settings = {
      mode: next.mode ?? this.settings.mode,
      tiers: next.tiers ? { ...this.settings.tiers, ...next.tiers } : this.settings.tiers,
    };
    this.buckets.clear();
  }

  reset(mode: RateLimitMode = "off"): void {
    this.settings = { mode, tiers: {} };
    this.buckets.clear();
  }

  current(): RateLimitSettings {
    return { mode: this.settings.mode, tiers: { ...this.settings.tiers } };
  }

  limitFor(tier: RateTier): TierLimit | null {
    return this.settings.tiers[tier] ?? (this.settings.mode === "slack" ? SLACK_LIMITS[tier] : null);
  }

  /** Takes one request from the bucket `key` of `tier`; says how long to wait when it is empty. */
  take(key: string, tier: RateTier): RateDecision {
    const limit = this.limitFor(tier);
    if (!limit) return { limited: false };
    const capacity = Math.max(1, limit.burst ?? limit.perMinute);
    const perMs = limit.perMinute / 60_000;
    const now = this.nowMs();
    const bucketKey = `${tier}|${key}`;
    const bucket = this.buckets.get(bucketKey) ?? { tokens: capacity, updatedMs: now };
    bucket.tokens = Math.min(capacity, bucket.tokens + (now - bucket.updatedMs) * perMs);
    bucket.updatedMs = now;
    this.buckets.set(bucketKey, bucket);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return { limited: false };
    }
    // Slack always sends an integer Retry-After of at least one second.
    const retryAfter = Math.max(1, Math.ceil((1 - bucket.tokens) / perMs / 1000));
    return { limited: true, retryAfter };
  }
}
