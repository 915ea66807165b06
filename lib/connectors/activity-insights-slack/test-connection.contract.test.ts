import { createServer } from "node:net";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { TOKENS } from "@/slack-sim/index";
import { check, countingFetch, envWith, expectSkippedAfter, expectWellFormed, LINKED_ID, startSim, type Sim } from "../contract-helpers";
import { activityInsightsConfigSchema } from "./config";
import { testActivityInsightsConnection } from "./test-connection";

const ALL_TOKENS = Object.values(TOKENS);

describe("Activity Insights - Slack: Test Connection against the simulator (pro plan)", () => {
  let s: Sim;
  beforeAll(async () => {
    s = await startSim("pro");
  });
  afterAll(async () => {
    await s.sim.close();
  });
  afterEach(async () => {
    await s.control.resetFaults();
  });

  const config = (linkedSourceId: string | null = LINKED_ID, apiBaseUrl = s.sim.apiUrl) =>
    activityInsightsConfigSchema.parse({ linkedSourceId: linkedSourceId ?? "", apiBaseUrl });
  const healthy = () => [{ id: LINKED_ID, name: "Slack (prod)", status: "healthy", teamId: s.sim.workspace.team.id }];
  const run = async (token: string, opts: { sources?: ReturnType<typeof healthy>; linked?: string | null; apiBaseUrl?: string; timeoutMs?: number } = {}) => {
    const report = await testActivityInsightsConnection(
      config(opts.linked === undefined ? LINKED_ID : opts.linked, opts.apiBaseUrl),
      token,
      envWith(opts.sources ?? healthy(), opts.timeoutMs ? { timeoutMs: opts.timeoutMs } : {}),
    );
    expectWellFormed(report, ALL_TOKENS);
    return report;
  };

  it("passes every check with the admin token and a healthy linked source of the same team", async () => {
    const report = await run(TOKENS.admin);
    expect(report.checks.map((c) => [c.id, c.status])).toEqual([
      ["token_shape", "passed"],
      ["auth_test", "passed"],
      ["scopes", "passed"],
      ["data_probe", "passed"],
      ["linked_source", "passed"],
    ]);
    expect(report.ok).toBe(true);
    const team = s.sim.workspace.team;
    expect(report.workspace).toMatchObject({ teamId: team.id, teamName: team.name });
    expect(check(report, "auth_test").message).toContain(team.id);
    expect(check(report, "auth_test").message).toContain(report.workspace!.userId);
  });

  it("warns (without failing) when the linked source is missing, elsewhere or not healthy", async () => {
    const none = await run(TOKENS.admin, { linked: null });
    expect(none.ok).toBe(true);
    expect(check(none, "linked_source")).toMatchObject({ status: "warning", message: expect.stringMatching(/No Slack source is linked/) });

    const other = await run(TOKENS.admin, { sources: [{ ...healthy()[0], teamId: "T0OTHER" }] });
    expect(check(other, "linked_source")).toMatchObject({ status: "warning", message: expect.stringMatching(/another workspace/) });

    const untested = await run(TOKENS.admin, { sources: [{ ...healthy()[0], status: "new", teamId: null as unknown as string }] });
    expect(check(untested, "linked_source")).toMatchObject({ status: "warning", message: expect.stringMatching(/not been tested healthy/) });
  });

  it("fails a bot token at the token shape without any network call", async () => {
    const counter = countingFetch();
    const report = await testActivityInsightsConnection(config(), TOKENS.bot, envWith(healthy(), { fetch: counter.fetch }));
    expectWellFormed(report, ALL_TOKENS);
    expect(counter.count()).toBe(0);
    expect(check(report, "token_shape")).toMatchObject({ status: "failed", remedy: expect.stringMatching(/User OAuth Token \(xoxp-\) from Install App/) });
    expectSkippedAfter(report, "token_shape");
    expect(check(report, "auth_test").message).toMatch(/Token format/);
  });

  it.each([
    ["revoked", /revoked/],
    ["deactivatedUser", /deactivated/],
    ["expired", /expired/],
  ] as const)("explains the %s token at auth.test", async (name, why) => {
    const report = await run(TOKENS[name]);
    expect(check(report, "auth_test")).toMatchObject({ status: "failed", message: expect.stringMatching(why) });
    expectSkippedAfter(report, "auth_test");
    expect(report.workspace).toBeUndefined();
  });

  it("names the missing admin scope for a token without it", async () => {
    const report = await run(TOKENS.noAdmin);
    const scopes = check(report, "scopes");
    expect(scopes.status).toBe("failed");
    expect(scopes.message).toContain('"admin"');
    expect(scopes.remedy).toMatch(/User Token Scopes, then reinstall/);
    expect(check(report, "data_probe").status).toBe("skipped");
  });

  it("reports paid_only for a Free workspace, and still checks the link", async () => {
    const report = await run(TOKENS.freeWorkspace);
    expect(check(report, "data_probe")).toMatchObject({ status: "failed", message: expect.stringMatching(/no access logs: Pro, Business\+ or Enterprise/) });
    // The free workspace is another team than the linked source's.
    expect(check(report, "linked_source")).toMatchObject({ status: "warning", message: expect.stringMatching(/another workspace/) });
    expect(report.ok).toBe(false);
  });

  it("says Slack could not be reached when nothing listens, well within the budget", async () => {
    const started = Date.now();
    const report = await run(TOKENS.admin, { apiBaseUrl: "http://127.0.0.1:1/api/" });
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(check(report, "auth_test")).toMatchObject({ status: "failed", message: expect.stringMatching(/could not be reached/) });
    expect(check(report, "auth_test").remedy).toMatch(/try again in a few minutes/);
    expectSkippedAfter(report, "auth_test");
  });

  it("names a refused connection", async () => {
    // A port that was just free: nothing listens there any more.
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as { port: number };
    await new Promise((resolve) => server.close(resolve));
    const report = await run(TOKENS.admin, { apiBaseUrl: `http://127.0.0.1:${port}/api/` });
    expect(check(report, "auth_test").message).toBe("Slack could not be reached: the connection was refused.");
  });

  it("does not wait forever for the list of Slack sources", async () => {
    const report = await testActivityInsightsConnection(config(), TOKENS.admin, { slackSources: () => new Promise(() => undefined), timeoutMs: 300 });
    expect(check(report, "linked_source")).toMatchObject({ status: "warning", message: expect.stringMatching(/could not be looked up/) });
    expect(report.ok).toBe(true);
  });

  it("says Slack could not be reached during a 5xx burst", async () => {
    await s.control.setFaults({ serverErrors: { count: 5, status: 503 } });
    const report = await run(TOKENS.admin);
    expect(check(report, "auth_test")).toMatchObject({ status: "failed", message: expect.stringMatching(/could not be reached.*503/) });
  });

  it("times out a slow Slack per call instead of hanging", async () => {
    await s.control.setFaults({ latencyMs: 2_000 });
    const started = Date.now();
    const report = await run(TOKENS.admin, { timeoutMs: 300 });
    expect(Date.now() - started).toBeLessThan(1_500);
    expect(check(report, "auth_test")).toMatchObject({ status: "failed", message: expect.stringMatching(/could not be reached: it did not answer in time/) });
  });

  it("reports a rate limit with the wait", async () => {
    await s.control.setFaults({ rateLimits: { mode: "slack", tiers: { tier2: { perMinute: 1, burst: 1 } } } });
    await run(TOKENS.admin);
    const report = await run(TOKENS.admin);
    expect(check(report, "data_probe")).toMatchObject({ status: "failed", message: expect.stringMatching(/rate limiting/), remedy: expect.stringMatching(/Try again in \d+ seconds?/) });
  });
});
