import { describe, expect, it } from "vitest";
import { callSlack, defaultCallPolicy, SlackCallFailed, SyncCancelled, type CallHooks } from "./slack-call";

const rateLimited = (retryAfter: number) => Object.assign(new Error("rate limited"), { code: "slack_webapi_rate_limited_error", retryAfter });
const http = (statusCode: number) => Object.assign(new Error("http"), { code: "slack_webapi_http_error", statusCode, headers: {}, body: "" });
const platform = (error: string) => Object.assign(new Error(error), { code: "slack_webapi_platform_error", data: { ok: false, error } });

function harness(opts: { cancelled?: boolean } = {}) {
  const sleeps: number[] = [];
  const events: string[] = [];
  const hooks: CallHooks = {
    onRequest: () => void events.push("request"),
    onRateLimited: async (s) => void events.push(`wait ${s}`),
    onResumed: async () => void events.push("resumed"),
    isCancelled: async () => opts.cancelled ?? false,
  };
  const policy = { ...defaultCallPolicy, sleep: async (ms: number) => void sleeps.push(ms) };
  return { hooks, policy, sleeps, events };
}

function failing(errors: unknown[], value = "ok") {
  let i = 0;
  return async () => {
    if (i < errors.length) throw errors[i++];
    return value;
  };
}

describe("callSlack", () => {
  it("waits out 429s for Retry-After and resumes the same call, without using up retries", async () => {
    const { hooks, policy, sleeps, events } = harness();
    const errors = Array.from({ length: 8 }, () => rateLimited(2));
    await expect(callSlack("team.accessLogs", failing(errors), { ...policy, transientRetries: 0 }, hooks)).resolves.toBe("ok");
    expect(sleeps).toEqual(Array(8).fill(2000));
    expect(events.slice(0, 3)).toEqual(["request", "wait 2", "resumed"]);
    expect(events.filter((e) => e === "request")).toHaveLength(9);
  });

  it("retries 5xx and dropped connections with backoff", async () => {
    const { hooks, policy, sleeps } = harness();
    const dropped = Object.assign(new Error("request failed"), { code: "slack_webapi_request_error", original: Object.assign(new Error("socket"), { code: "ECONNRESET" }) });
    await expect(callSlack("x", failing([http(503), dropped, http(500)]), policy, hooks)).resolves.toBe("ok");
    expect(sleeps).toEqual([1000, 2000, 4000]);
  });

  it("fails as transient once retries run out", async () => {
    const { hooks, policy } = harness();
    const error = await callSlack("team.accessLogs", failing(Array(10).fill(http(502))), { ...policy, transientRetries: 2 }, hooks).catch((e) => e);
    expect(error).toBeInstanceOf(SlackCallFailed);
    expect(error).toMatchObject({ transient: true, method: "team.accessLogs", classified: { kind: "http", status: 502 } });
  });

  it("does not retry Slack's own errors (bad token, missing scope)", async () => {
    const { hooks, policy, sleeps } = harness();
    const error = await callSlack("team.accessLogs", failing([platform("invalid_auth")]), policy, hooks).catch((e) => e);
    expect(error).toMatchObject({ transient: false, classified: { kind: "platform", code: "invalid_auth" } });
    expect(sleeps).toEqual([]);
  });

  it("stops when the run was cancelled during a wait", async () => {
    const { hooks, policy } = harness({ cancelled: true });
    await expect(callSlack("x", failing([rateLimited(5)]), policy, hooks)).rejects.toBeInstanceOf(SyncCancelled);
  });

  it("gives up after waiting longer than allowed in total", async () => {
    const { hooks, policy } = harness();
    const error = await callSlack("x", failing(Array(5).fill(rateLimited(60))), { ...policy, maxRateLimitWaitSeconds: 100 }, hooks).catch((e) => e);
    expect(error).toMatchObject({ transient: true, classified: { kind: "rate_limited" } });
  });
});
