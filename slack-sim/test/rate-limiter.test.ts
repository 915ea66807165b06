import { describe, expect, it } from "vitest";
import { RateLimiter } from "../http/rate-limiter";

describe("rate limiter", () => {
  it("is off by default and follows Slack's tiers in slack mode", () => {
    let now = 0;
    const limiter = new RateLimiter(() => now);
    for (let i = 0; i < 100; i++) expect(limiter.take("k", "tier2").limited).toBe(false);
    limiter.reset("slack");
    for (let i = 0; i < 20; i++) expect(limiter.take("k", "tier2").limited).toBe(false);
    expect(limiter.take("k", "tier2")).toEqual({ limited: true, retryAfter: 3 });
    now += 3000;
    expect(limiter.take("k", "tier2").limited).toBe(false);
    expect(limiter.take("other", "tier2").limited).toBe(false);
  });

  it("enforces a per-tier override even when the mode is off, with integer Retry-After ≥ 1", () => {
    const now = 0;
    const limiter = new RateLimiter(() => now);
    limiter.configure({ tiers: { tier3: { perMinute: 6, burst: 2 } } });
    expect(limiter.take("k", "tier3").limited).toBe(false);
    expect(limiter.take("k", "tier3").limited).toBe(false);
    expect(limiter.take("k", "tier3")).toEqual({ limited: true, retryAfter: 10 });
    expect(limiter.take("k", "tier2").limited).toBe(false);
  });
});
