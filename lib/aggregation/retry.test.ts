import { describe, expect, it } from "vitest";
import { JobFailure } from "@/lib/jobs/context";
import { SlackScimError, SlackScimRequestError } from "@/lib/slack/scim-client";
import { callSlack, DEFAULT_RETRY_POLICY, RunCancelled, SlackRequestRefused, type CallEnv } from "./retry";
import { emptyStats } from "./types";

function env(over: Partial<CallEnv> = {}) {
  const slept: number[] = [];
  const waits: number[] = [];
  const e: CallEnv = {
    policy: DEFAULT_RETRY_POLICY, sleep: async (ms) => void slept.push(ms), random: () => 0, stats: emptyStats(),
    onRateLimitWait: async (s) => void waits.push(s), isCancelled: async () => false, secrets: ["xoxp-secret"], api: "scim", ...over,
  };
  return { e, slept, waits };
}

function failing(errors: unknown[], result = "ok") {
  let i = 0;
  return async () => {
    if (i < errors.length) throw errors[i++];
    return result;
  };
}

describe("callSlack", () => {
  it("waits out Retry-After (capped) and repeats the same request", async () => {
    const { e, slept, waits } = env();
    await expect(callSlack(e, "SCIM GET /Users", failing([new SlackScimError(429, "too_many_requests", 3), new SlackScimError(429, undefined, 999)]))).resolves.toBe("ok");
    expect(waits).toEqual([3, 120]);
    expect(slept.reduce((a, b) => a + b, 0)).toBe(123_000);
    expect(e.stats).toMatchObject({ requests: 3, rateLimited: 2, retries: 0 });
  });

  it("backs off exponentially on transient faults, then gives up with a readable failure", async () => {
    const { e, slept } = env();
    const error = new SlackScimError(503, "internal_error");
    const result = callSlack(e, "SCIM GET /Users", failing(Array(5).fill(error)));
    await expect(result).rejects.toBeInstanceOf(JobFailure);
    await expect(callSlack(env().e, "SCIM GET /Users", failing(Array(5).fill(error)))).rejects.toThrow(/answered HTTP 503.*Gave up on SCIM GET \/Users after 5 attempts; nothing was changed/);
    // 0.5 s · 2^n between the five tries, slept in slices of at most a second.
    expect(slept.reduce((a, b) => a + b, 0)).toBe(500 + 1000 + 2000 + 4000);
    expect(Math.max(...slept)).toBeLessThanOrEqual(1000);
    expect(e.stats).toMatchObject({ requests: 5, retries: 4 });
  });

  it("recovers when a fault clears within the attempts", async () => {
    const { e } = env();
    await expect(callSlack(e, "users.list", failing([new SlackScimRequestError("network", "ECONNRESET"), new SlackScimRequestError("timeout")]))).resolves.toBe("ok");
    expect(e.stats).toMatchObject({ requests: 3, retries: 2 });
  });

  it("fails at once, without retrying, on an error a retry cannot fix", async () => {
    const { e } = env();
    const err = await callSlack(e, "SCIM GET /Users", failing([new SlackScimError(401, "invalid_authentication")])).catch((x: unknown) => x);
    expect(err).toBeInstanceOf(JobFailure);
    expect((err as JobFailure).retryable).toBe(false);
    // Listers tell refusals they can live with (a rejected guest filter) by Slack's code.
    expect(err).toBeInstanceOf(SlackRequestRefused);
    expect((err as SlackRequestRefused).slack).toMatchObject({ kind: "platform", code: "invalid_authentication" });
    expect(e.stats.requests).toBe(1);
  });

  it("stops waiting when the run is cancelled", async () => {
    const { e } = env({ isCancelled: async () => true });
    await expect(callSlack(e, "users.list", failing([new SlackScimError(429, undefined, 30)]))).rejects.toBeInstanceOf(RunCancelled);
  });
});
