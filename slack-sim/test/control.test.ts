import { ErrorCode, WebClientEvent, type WebAPIHTTPError, type WebAPIRateLimitedError, type WebAPIRequestError } from "@slack/web-api";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { ControlApiError, SimControlClient } from "../control-client";
import { DAY_SECONDS } from "../core/time";
import { TOKENS, type RunningSimulator } from "../index";
import { scimFetch, slackClient, startTestSimulator, TEST_CLOCK } from "./harness";

let sim: RunningSimulator;
let control: SimControlClient;
beforeAll(async () => {
  sim = await startTestSimulator({ seed: 11 });
  control = new SimControlClient(sim.url);
});
afterAll(() => sim.close());
afterEach(async () => {
  await control.resetFaults();
  await control.setEmptyListing(false);
});

describe("control API", () => {
  it("is off unless enabled", async () => {
    const closed = await startTestSimulator({ control: false });
    try {
      const res = await fetch(`${closed.url}/_control/clock`);
      expect(res.status).toBe(404);
      await expect(new SimControlClient(closed.url).clock()).rejects.toBeInstanceOf(ControlApiError);
    } finally {
      await closed.close();
    }
  });

  it("reads and advances the clock (forward only)", async () => {
    const local = await startTestSimulator();
    try {
      const ctl = new SimControlClient(local.controlUrl);
      expect((await ctl.clock()).now).toBe(TEST_CLOCK);
      expect((await ctl.advanceClock(3600)).now).toBe(TEST_CLOCK + 3600);
      expect((await ctl.setClock(new Date((TEST_CLOCK + 7200) * 1000))).iso).toBe(new Date((TEST_CLOCK + 7200) * 1000).toISOString().replace(".000Z", "Z"));
      await expect(ctl.setClock(TEST_CLOCK)).rejects.toBeInstanceOf(ControlApiError);
    } finally {
      await local.close();
    }
  });

  it("exposes ground truth per user", async () => {
    const daily = sim.workspace.users.find((u) => u.plan.kind === "daily")!;
    const { users } = await control.truth([daily.id]);
    expect(users).toHaveLength(1);
    expect(users[0].lastActive).toBeGreaterThan(TEST_CLOCK - 7 * DAY_SECONDS);
    expect(users[0].activeDays.every((d) => /^\d{4}-\d{2}-\d{2}$/.test(d))).toBe(true);
  });

  it("counts requests per method and resets the counts", async () => {
    await control.resetRequestCounts();
    const client = slackClient(sim, TOKENS.adminFull);
    await client.auth.test();
    await client.users.list({ limit: 5 });
    await client.users.list({ limit: 5 });
    await scimFetch(sim, "Users", TOKENS.admin);
    await scimFetch(sim, `Users/${sim.workspace.users[0].id}`, TOKENS.admin);
    expect(await control.requestCounts()).toEqual({ "auth.test": 1, "users.list": 2, "SCIM GET /Users": 1, "SCIM GET /Users/{id}": 1 });
    await control.resetRequestCounts();
    expect(await control.requestCounts()).toEqual({});
  });

  it("forces 429 with an integer Retry-After per tier, which WebClient honours", async () => {
    await control.setFaults({ rateLimits: { tiers: { tier2: { perMinute: 60, burst: 1 } } } });
    const rejecting = slackClient(sim, TOKENS.admin, { rejectRateLimitedCalls: true });
    await rejecting.team.accessLogs({ count: 1 });
    const error = (await rejecting.team.accessLogs({ count: 1 }).catch((e: unknown) => e)) as WebAPIRateLimitedError;
    expect(error.code).toBe(ErrorCode.RateLimitedError);
    expect(error.retryAfter).toBe(1);
    await rejecting.auth.test(); // other tiers are unaffected

    const retrying = slackClient(sim, TOKENS.admin, { retryConfig: { retries: 1 } });
    const waits: number[] = [];
    retrying.on(WebClientEvent.RATE_LIMITED, (seconds: number) => waits.push(seconds));
    const ok = await retrying.team.accessLogs({ count: 1 });
    expect(ok.ok).toBe(true);
    expect(waits).toEqual([1]);

    const raw = await fetch(`${sim.apiUrl}team.accessLogs`, { method: "POST", headers: { Authorization: `Bearer ${TOKENS.admin}` } });
    expect(raw.status).toBe(429);
    expect(raw.headers.get("retry-after")).toMatch(/^\d+$/);
    expect(await raw.json()).toEqual({ ok: false, error: "ratelimited" });
  }, 15_000);

  it("rate-limits SCIM with too_many_requests", async () => {
    await control.setFaults({ rateLimits: { tiers: { scim_reads: { perMinute: 60, burst: 1 } } } });
    expect((await scimFetch(sim, "Users", TOKENS.admin)).status).toBe(200);
    const limited = await scimFetch(sim, "Users", TOKENS.admin);
    expect(limited.status).toBe(429);
    expect(limited.headers.get("retry-after")).toBe("1");
    expect((await limited.json()).detail).toBe("too_many_requests");
  });

  it("injects a burst of 5xx answers, then recovers", async () => {
    await control.setFaults({ serverErrors: { count: 2, status: 503 } });
    const client = slackClient(sim, TOKENS.admin);
    const error = (await client.auth.test().catch((e: unknown) => e)) as WebAPIHTTPError;
    expect(error.code).toBe(ErrorCode.HTTPError);
    expect(error.statusCode).toBe(503);
    expect((await scimFetch(sim, "Users", TOKENS.admin)).status).toBe(503);
    expect((await client.auth.test()).ok).toBe(true);
  });

  it("adds latency and drops connections mid-response", async () => {
    await control.setFaults({ latencyMs: 150 });
    const started = performance.now();
    await slackClient(sim, TOKENS.admin).auth.test();
    expect(performance.now() - started).toBeGreaterThanOrEqual(140);
    // Dying mid-body surfaces from the SDK as fetch's own "terminated" TypeError (not retried)…
    await control.setFaults({ latencyMs: 0, dropConnections: { count: 1 } });
    const midBody = (await slackClient(sim, TOKENS.adminFull).users.list({ limit: 50 }).catch((e: unknown) => e)) as Error;
    expect(midBody).toBeInstanceOf(TypeError);
    expect(midBody.message).toBe("terminated");
    // …dying before the headers is a WebAPIRequestError, which the SDK retries.
    await control.setFaults({ dropConnections: { count: 1, phase: "headers" } });
    const early = (await slackClient(sim, TOKENS.adminFull).users.list({ limit: 50 }).catch((e: unknown) => e)) as WebAPIRequestError;
    expect(early.code).toBe(ErrorCode.RequestError);
    await control.setFaults({ dropConnections: { count: 1, phase: "headers" } });
    const retried = await slackClient(sim, TOKENS.adminFull, { retryConfig: { retries: 1, minTimeout: 10, maxTimeout: 10 } }).users.list({ limit: 50 });
    expect(retried.ok).toBe(true);
    expect((await slackClient(sim, TOKENS.adminFull).users.list({ limit: 50 })).ok).toBe(true);
  });

  it("can make the user listing come back empty (users.list and SCIM /Users)", async () => {
    await control.setEmptyListing(true);
    const list = await slackClient(sim, TOKENS.adminFull).users.list({ limit: 100 });
    expect(list.members).toEqual([]);
    expect(list.response_metadata?.next_cursor).toBe("");
    const scim = await (await scimFetch(sim, "Users", TOKENS.admin)).json();
    expect(scim).toMatchObject({ totalResults: 0, Resources: [] });
  });
});

describe("control API workspace mutations", () => {
  it("deactivates a user: Web API, SCIM, tokens and activity all follow", async () => {
    const local = await startTestSimulator({ seed: 3 });
    const ctl = new SimControlClient(local.url);
    try {
      const daily = local.workspace.users.find((u) => u.plan.kind === "daily" && u.role === "member" && !u.deleted)!;
      await ctl.deactivateUser(daily.id);
      expect((await slackClient(local, TOKENS.adminFull).users.info({ user: daily.id })).user?.deleted).toBe(true);
      expect((await (await scimFetch(local, `Users/${daily.id}`, TOKENS.admin)).json()).active).toBe(false);
      const [before] = (await ctl.truth([daily.id])).users;
      await ctl.advanceClock(5 * DAY_SECONDS);
      const [after] = (await ctl.truth([daily.id])).users;
      expect(after.lastActive).toBe(before.lastActive);

      const admin = local.simulator.tokenOwners().workspaceAdmin;
      await ctl.deactivateUser(admin);
      const error = await slackClient(local, TOKENS.workspaceAdmin).auth.test().catch((e: { data: { error: string } }) => e.data.error);
      expect(error).toBe("account_inactive");
      await ctl.reactivateUser(admin);
      expect((await slackClient(local, TOKENS.workspaceAdmin).auth.test()).ok).toBe(true);
    } finally {
      await local.close();
    }
  });

  it("adds users who start signing in after the clock", async () => {
    const local = await startTestSimulator({ seed: 4 });
    const ctl = new SimControlClient(local.url);
    try {
      const { users } = await ctl.addUsers({ count: 3, profile: "daily" });
      expect(users).toHaveLength(3);
      const list = await slackClient(local, TOKENS.adminFull).users.list({ limit: 1000 });
      expect(list.members!.slice(-3).map((m) => m.id)).toEqual(users.map((u) => u.id));
      expect((await ctl.truth(users.map((u) => u.id))).users.every((t) => t.lastActive === null)).toBe(true);
      await ctl.advanceClock(4 * DAY_SECONDS);
      const truth = (await ctl.truth(users.map((u) => u.id))).users;
      expect(truth.some((t) => t.lastActive !== null && t.lastActive > TEST_CLOCK)).toBe(true);
      expect(await ctl.identitiesCsv()).toContain(users.find((u) => u.email)?.email ?? "name,email");
    } finally {
      await local.close();
    }
  });

  it("moves a member between groups", async () => {
    const [from, to] = sim.workspace.groups.filter((g) => g.deletedAt === 0 && g.members.length > 0);
    const userId = from.members.find((id) => !to.members.includes(id))!;
    await control.moveGroupMember(userId, from.id, to.id);
    const client = slackClient(sim, TOKENS.adminFull);
    expect((await client.usergroups.users.list({ usergroup: from.id })).users).not.toContain(userId);
    expect((await client.usergroups.users.list({ usergroup: to.id })).users).toContain(userId);
    await expect(control.moveGroupMember(userId, from.id, to.id)).rejects.toBeInstanceOf(ControlApiError);
  });
});
