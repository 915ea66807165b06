import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TOKENS } from "@/slack-sim/index";
import { check, envWith, expectSkippedAfter, expectWellFormed, startSim, type Sim } from "../contract-helpers";
import { slackConfigSchema } from "./config";
import { testSlackConnection } from "./test-connection";

const ALL_TOKENS = Object.values(TOKENS);

describe("Slack: Test Connection against the simulator", () => {
  let pro: Sim;
  let biz: Sim;
  beforeAll(async () => {
    [pro, biz] = await Promise.all([startSim("pro"), startSim("business_plus")]);
  });
  afterAll(async () => {
    await Promise.all([pro.sim.close(), biz.sim.close()]);
  });

  const run = async (s: Sim, token: string, cfg: Record<string, unknown>) => {
    const report = await testSlackConnection(slackConfigSchema.parse({ apiBaseUrl: s.sim.apiUrl, ...cfg }), token, envWith());
    expectWellFormed(report, ALL_TOKENS);
    return report;
  };

  it("passes in Web API mode with adminFull on a pro workspace", async () => {
    const report = await run(pro, TOKENS.adminFull, { apiMode: "webapi" });
    expect(report.checks.map((c) => [c.id, c.status])).toEqual([
      ["token_shape", "passed"],
      ["auth_test", "passed"],
      ["scopes", "passed"],
      ["data_probe", "passed"],
    ]);
    expect(report.workspace?.teamId).toBe(pro.sim.workspace.team.id);
  });

  it("lists the read scopes an admin-only token lacks in Web API mode", async () => {
    const report = await run(pro, TOKENS.admin, { apiMode: "webapi" });
    const scopes = check(report, "scopes");
    expect(scopes.status).toBe("failed");
    for (const scope of ["users:read", "users:read.email", "usergroups:read"]) expect(scopes.message).toContain(scope);
    expect(scopes.remedy).toMatch(/User Token Scopes, then reinstall/);
    expectSkippedAfter(report, "scopes");
  });

  it("explains plus_teams_only in SCIM mode on a pro workspace and suggests Web API mode", async () => {
    const report = await run(pro, TOKENS.admin, { apiMode: "scim" });
    const probe = check(report, "data_probe");
    expect(probe.status).toBe("failed");
    expect(probe.message).toMatch(/SCIM needs Business\+ or Enterprise/);
    expect(probe.remedy).toMatch(/Switch API mode to "Web API"/);
  });

  it("passes in SCIM mode on a Business+ workspace", async () => {
    const report = await run(biz, TOKENS.adminFull, { apiMode: "scim" });
    expect(report.ok).toBe(true);
    expect(report.checks.map((c) => [c.id, c.status])).toEqual([
      ["token_shape", "passed"],
      ["auth_test", "passed"],
      ["scopes", "passed"],
      ["data_probe", "passed"],
      ["roles", "passed"],
    ]);
    expect(check(report, "data_probe").message).toMatch(/\d+ accounts in the workspace/);
  });

  it("passes in SCIM mode with admin alone, warning that admins, owners and bots will not be known", async () => {
    const report = await run(biz, TOKENS.admin, { apiMode: "scim" });
    expect(report.ok).toBe(true);
    expect(report.checks.filter((c) => c.status !== "passed").map((c) => c.id)).toEqual(["roles"]);
    expect(check(report, "roles")).toMatchObject({ status: "warning", message: expect.stringMatching(/admins, owners or bots/), remedy: expect.stringMatching(/users:read/) });
  });

  it("applies the account filter in SCIM mode", async () => {
    const none = await run(biz, TOKENS.admin, { apiMode: "scim", accountFilter: 'userName eq "nobody-at-all"' });
    expect(check(none, "data_probe")).toMatchObject({ status: "warning", message: expect.stringMatching(/no accounts match/) });

    const broken = await run(biz, TOKENS.admin, { apiMode: "scim", accountFilter: 'userName eq' });
    expect(check(broken, "data_probe")).toMatchObject({ status: "failed", message: expect.stringMatching(/account filter/) });
  });

  it("requires admin in SCIM mode", async () => {
    const report = await run(biz, TOKENS.noAdmin, { apiMode: "scim" });
    expect(check(report, "scopes")).toMatchObject({ status: "failed", message: expect.stringContaining('"admin"') });
  });

  it("fails a bot token at the token shape", async () => {
    const report = await run(biz, TOKENS.bot, { apiMode: "scim" });
    expectSkippedAfter(report, "token_shape");
  });
});
