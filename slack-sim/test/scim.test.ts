import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TOKENS, type RunningSimulator } from "../index";
import { scimFetch, slackClient, startTestSimulator } from "./harness";

const ERROR_SCHEMA = "urn:ietf:params:scim:api:messages:2.0:Error";
const PATCH = (active: boolean) => ({
  method: "PATCH",
  body: JSON.stringify({ schemas: ["urn:ietf:params:scim:api:messages:2.0:PatchOp"], Operations: [{ op: "replace", path: "active", value: active }] }),
});

let sim: RunningSimulator;
beforeAll(async () => {
  sim = await startTestSimulator();
});
afterAll(() => sim.close());

async function expectScimError(res: Response, status: number, detail: string): Promise<void> {
  expect(res.status).toBe(status);
  expect(await res.json()).toEqual({ schemas: [ERROR_SCHEMA], detail, status });
}

describe("SCIM v2", () => {
  it("serves ServiceProviderConfig", async () => {
    const res = await scimFetch(sim, "ServiceProviderConfig", TOKENS.admin);
    const body = await res.json();
    expect(body.patch.supported).toBe(true);
    expect(body.filter).toEqual({ supported: true, maxResults: 1000 });
  });

  it("authenticates like Slack", async () => {
    await expectScimError(await scimFetch(sim, "Users", null), 401, "missing_authentication");
    await expectScimError(await scimFetch(sim, "Users", "xoxp-bogus"), 401, "invalid_authentication");
    await expectScimError(await scimFetch(sim, "Users", TOKENS.noAdmin), 401, "invalid_authentication");
    await expectScimError(await scimFetch(sim, "Users", TOKENS.bot), 401, "invalid_authentication");
    await expectScimError(await scimFetch(sim, "Users", TOKENS.revoked), 401, "invalid_authentication");
    await expectScimError(await scimFetch(sim, "Users", TOKENS.freeWorkspace), 403, "plus_teams_only");
    const pro = await startTestSimulator({ plan: "pro", control: false });
    try {
      await expectScimError(await scimFetch(pro, "Users", TOKENS.admin), 403, "plus_teams_only");
    } finally {
      await pro.close();
    }
    await expectScimError(await scimFetch(sim, "Nope", TOKENS.admin), 404, "bad_endpoint");
  });

  it("pages users 1-based with count defaulting to 10 and capped at 1000", async () => {
    const scimUsers = sim.workspace.users.filter((u) => u.role !== "slackbot");
    const first = await (await scimFetch(sim, "Users", TOKENS.admin)).json();
    expect(first.schemas).toEqual(["urn:ietf:params:scim:api:messages:2.0:ListResponse"]);
    expect(first).toMatchObject({ totalResults: scimUsers.length, itemsPerPage: 10, startIndex: 1 });
    expect(first.Resources.map((r: { id: string }) => r.id)).toEqual(scimUsers.slice(0, 10).map((u) => u.id));
    const page = await (await scimFetch(sim, "Users?startIndex=11&count=5", TOKENS.admin)).json();
    expect(page.Resources.map((r: { id: string }) => r.id)).toEqual(scimUsers.slice(10, 15).map((u) => u.id));
    const big = await (await scimFetch(sim, "Users?count=5000", TOKENS.admin)).json();
    expect(big.itemsPerPage).toBe(scimUsers.length);
    const deleted = big.Resources.find((r: { id: string }) => sim.workspace.user(r.id)!.deleted);
    expect(deleted.active).toBe(false);
  });

  it("filters by userName and email (case-insensitive) and rejects bad filters", async () => {
    const u = sim.workspace.users.find((x) => x.email && !x.deleted && x.role === "member")!;
    const byName = await (await scimFetch(sim, `Users?filter=${encodeURIComponent(`userName eq "${u.name.toUpperCase()}"`)}`, TOKENS.admin)).json();
    expect(byName.Resources.map((r: { id: string }) => r.id)).toEqual([u.id]);
    const byEmail = await (await scimFetch(sim, `Users?filter=${encodeURIComponent(`email Eq "${u.email}"`)}`, TOKENS.admin)).json();
    expect(byEmail.totalResults).toBe(1);
    expect(byEmail.Resources[0].emails[0]).toEqual({ value: u.email, primary: true });
    await expectScimError(await scimFetch(sim, `Users?filter=${encodeURIComponent("shoeSize eq \"9\"")}`, TOKENS.admin), 400, "invalid_query");
    await expectScimError(await scimFetch(sim, `Users?filter=${encodeURIComponent("userName eq")}`, TOKENS.admin), 400, "incomplete_filter");
  });

  it("gets a user with Slack's v2 shape, or no_such_user", async () => {
    const u = sim.workspace.users.find((x) => x.role === "member" && !x.deleted && x.employeeId)!;
    const res = await (await scimFetch(sim, `Users/${u.id}`, TOKENS.admin)).json();
    expect(res).toMatchObject({ id: u.id, userName: u.name, active: true, title: u.title, meta: { location: `https://api.slack.com/scim/v2/Users/${u.id}` } });
    expect(res["urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"]).toMatchObject({ employeeNumber: u.employeeId, department: u.department });
    await expectScimError(await scimFetch(sim, "Users/U0MISSING00", TOKENS.admin), 404, "no_such_user");
  });

  it("deactivates with PATCH active:false and DELETE (204), and reactivates", async () => {
    const [a, b] = sim.workspace.users.filter((x) => x.role === "member" && !x.deleted && !x.invited);
    const patched = await scimFetch(sim, `Users/${a.id}`, TOKENS.admin, PATCH(false));
    expect(patched.status).toBe(200);
    expect((await patched.json()).active).toBe(false);
    const info = await slackClient(sim, TOKENS.adminFull).users.info({ user: a.id });
    expect(info.user?.deleted).toBe(true);
    const del = await scimFetch(sim, `Users/${b.id}`, TOKENS.admin, { method: "DELETE" });
    expect(del.status).toBe(204);
    expect(await del.text()).toBe("");
    expect((await (await scimFetch(sim, `Users/${b.id}`, TOKENS.admin)).json()).active).toBe(false);
    const back = await (await scimFetch(sim, `Users/${a.id}`, TOKENS.admin, PATCH(true))).json();
    expect(back.active).toBe(true);
  });

  it("refuses to deactivate the primary owner, bots, and (for admin-installed tokens) owners", async () => {
    const po = sim.workspace.users.find((u) => u.role === "primary_owner")!;
    const bot = sim.workspace.users.find((u) => u.role === "bot")!;
    const owner = sim.workspace.users.find((u) => u.role === "owner")!;
    await expectScimError(await scimFetch(sim, `Users/${po.id}`, TOKENS.admin, { method: "DELETE" }), 403, "cannot_disable_primary_owner");
    await expectScimError(await scimFetch(sim, `Users/${bot.id}`, TOKENS.admin, PATCH(false)), 403, "cannot_disable_bot_user_with_scim");
    await expectScimError(await scimFetch(sim, `Users/${owner.id}`, TOKENS.workspaceAdmin, PATCH(false)), 403, "cannot_modify_owner");
    expect(sim.workspace.user(owner.id)!.deleted).toBe(false);
  });

  it("lists and gets groups, with displayName filters", async () => {
    const list = await (await scimFetch(sim, "Groups?count=100", TOKENS.admin)).json();
    const enabled = sim.workspace.groups.filter((g) => g.deletedAt === 0);
    expect(list.totalResults).toBe(enabled.length);
    const g = enabled[0];
    const one = await (await scimFetch(sim, `Groups/${g.id}`, TOKENS.admin)).json();
    expect(one).toMatchObject({ id: g.id, displayName: g.name, schemas: ["urn:ietf:params:scim:schemas:core:2.0:Group"] });
    expect(one.members.map((m: { value: string }) => m.value)).toEqual(g.members);
    const filtered = await (await scimFetch(sim, `Groups?filter=${encodeURIComponent(`displayName eq "${g.name}"`)}`, TOKENS.admin)).json();
    expect(filtered.Resources.map((r: { id: string }) => r.id)).toEqual([g.id]);
    await expectScimError(await scimFetch(sim, "Groups/S0MISSING", TOKENS.admin), 404, "no_such_group");
  });
});
