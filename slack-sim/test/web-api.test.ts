import { ErrorCode, type UsersListResponse, type WebAPIPlatformError } from "@slack/web-api";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TOKENS, type RunningSimulator } from "../index";
import { rawCall, slackClient, startTestSimulator } from "./harness";

let sim: RunningSimulator;
beforeAll(async () => {
  sim = await startTestSimulator();
});
afterAll(() => sim.close());

async function platformError(call: Promise<unknown>): Promise<WebAPIPlatformError["data"]> {
  try {
    await call;
  } catch (error) {
    const e = error as WebAPIPlatformError;
    expect(e.code).toBe(ErrorCode.PlatformError);
    return e.data;
  }
  throw new Error("expected a platform error");
}

describe("Web API envelope, headers and tokens", () => {
  it("auth.test identifies the token's user and workspace and exposes the granted scopes", async () => {
    const res = await slackClient(sim, TOKENS.admin).auth.test();
    const owner = sim.workspace.users.find((u) => u.role === "primary_owner")!;
    expect(res).toMatchObject({ ok: true, team_id: sim.workspace.team.id, user_id: owner.id, user: owner.name, team: sim.workspace.team.name });
    expect(res.url).toBe(`https://${sim.workspace.team.domain}.slack.com/`);
    expect(res.response_metadata?.scopes).toEqual(["admin"]);
    const bot = await slackClient(sim, TOKENS.bot).auth.test();
    expect(bot.bot_id).toMatch(/^B/);
  });

  it("answers every error with HTTP 200, ok:false and X-OAuth-Scopes", async () => {
    const cases: Array<[string | undefined, string]> = [
      [undefined, "not_authed"],
      ["xoxp-1-2-3-nope", "invalid_auth"],
      [TOKENS.revoked, "token_revoked"],
      [TOKENS.expired, "token_expired"],
      [TOKENS.deactivatedUser, "account_inactive"],
    ];
    for (const [token, error] of cases) {
      const res = await rawCall(sim, "auth.test", {}, token);
      expect(res.status).toBe(200);
      expect(res.headers.get("x-oauth-scopes")).not.toBeNull();
      expect(res.headers.get("content-type")).toBe("application/json; charset=utf-8");
      expect(await res.json()).toEqual({ ok: false, error });
    }
  });

  it("answers api.test without a token, echoing arguments", async () => {
    expect(await (await rawCall(sim, "api.test", { foo: "bar" })).json()).toEqual({ ok: true, args: { foo: "bar" } });
    expect(await (await rawCall(sim, "api.test", { error: "my_error" })).json()).toEqual({ ok: false, error: "my_error", args: { error: "my_error" } });
  });

  it("rejects unknown methods with unknown_method", async () => {
    const res = await rawCall(sim, "chat.nonsense", {}, TOKENS.admin);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: false, error: "unknown_method" });
  });

  it("reports missing_scope with needed and provided", async () => {
    const data = await platformError(slackClient(sim, TOKENS.admin).users.list({ limit: 10 }));
    expect(data).toMatchObject({ ok: false, error: "missing_scope", needed: "users:read", provided: "admin" });
    const noAdmin = await platformError(slackClient(sim, TOKENS.noAdmin).team.accessLogs({ count: 1 }));
    expect(noAdmin).toMatchObject({ error: "missing_scope", needed: "admin", provided: "users:read,users:read.email,usergroups:read,team:read" });
  });

  it("refuses bot tokens on user-only admin methods", async () => {
    const data = await platformError(slackClient(sim, TOKENS.bot).team.accessLogs({ count: 1 }));
    expect(data.error).toBe("not_allowed_token_type");
    expect((await platformError(slackClient(sim, TOKENS.bot).team.billableInfo())).error).toBe("not_allowed_token_type");
  });

  it("accepts GET with a token query parameter and JSON POST bodies", async () => {
    const get = await fetch(`${sim.apiUrl}auth.test?token=${TOKENS.admin}`);
    expect((await get.json()).ok).toBe(true);
    const post = await fetch(`${sim.apiUrl}users.info`, {
      method: "POST",
      headers: { "Content-Type": "application/json", Authorization: `Bearer ${TOKENS.adminFull}` },
      body: JSON.stringify({ user: sim.workspace.users[0].id }),
    });
    expect(await post.json()).toMatchObject({ ok: true, user: { id: sim.workspace.users[0].id } });
  });
});

describe("users.list / users.info / users.lookupByEmail", () => {
  it("pages through every account with cursors, including deactivated, invited, bots and Slackbot", async () => {
    const client = slackClient(sim, TOKENS.adminFull);
    const ids: string[] = [];
    let pages = 0;
    for await (const page of client.paginate("users.list", { limit: 7 })) {
      pages++;
      ids.push(...(page as UsersListResponse).members!.map((m) => m.id!));
    }
    expect(ids).toEqual(sim.workspace.users.map((u) => u.id));
    expect(pages).toBe(Math.ceil(sim.workspace.users.length / 7));
    expect(ids).toContain("USLACKBOT");
  });

  it("shows role flags, deleted users in reduced form, and email only with users:read.email", async () => {
    const full = await slackClient(sim, TOKENS.adminFull).users.list({ limit: 200 });
    const members = full.members!;
    const po = members.find((m) => m.is_primary_owner)!;
    expect(po).toMatchObject({ is_owner: true, is_admin: true, deleted: false });
    expect(po.profile?.email).toMatch(/@/);
    const deleted = members.find((m) => m.deleted)!;
    expect(deleted.is_admin).toBeUndefined();
    const single = members.find((m) => m.is_ultra_restricted)!;
    expect(single.is_restricted).toBe(true);
    expect(members.some((m) => m.is_invited_user)).toBe(true);
    expect(members.find((m) => m.is_bot)!.profile?.bot_id).toMatch(/^B/);
    const noEmail = await rawCall(sim, "users.list", { limit: "200" }, TOKENS.bot);
    const body = (await noEmail.json()) as { members: Array<{ profile: { email?: string } }> };
    expect(body.members.every((m) => m.profile.email === undefined)).toBe(true);
  });

  it("answers users.info and users.lookupByEmail, with user_not_found / users_not_found", async () => {
    const client = slackClient(sim, TOKENS.adminFull);
    const someone = sim.workspace.users.find((u) => u.email && !u.deleted)!;
    expect((await client.users.info({ user: someone.id })).user?.name).toBe(someone.name);
    expect((await client.users.lookupByEmail({ email: someone.email!.toUpperCase() })).user?.id).toBe(someone.id);
    expect((await platformError(client.users.info({ user: "U0NOTREAL00" }))).error).toBe("user_not_found");
    expect((await platformError(client.users.lookupByEmail({ email: "nobody@example.com" }))).error).toBe("users_not_found");
  });

  it("rejects bad cursors and, on large teams, calls without a limit", async () => {
    const client = slackClient(sim, TOKENS.adminFull);
    expect((await platformError(client.users.list({ cursor: "bm9wZQ==" }))).error).toBe("invalid_cursor");
    const big = await startTestSimulator({ users: 1100, control: false });
    try {
      expect((await platformError(slackClient(big, TOKENS.adminFull).users.list({}))).error).toBe("limit_required");
      expect((await slackClient(big, TOKENS.adminFull).users.list({ limit: 200 })).members).toHaveLength(200);
    } finally {
      await big.close();
    }
  });
});

describe("usergroups and team.info", () => {
  it("lists groups with include_users / include_count / include_disabled", async () => {
    const client = slackClient(sim, TOKENS.adminFull);
    const plain = await client.usergroups.list();
    expect(plain.usergroups!.every((g) => g.users === undefined && g.user_count === undefined && g.date_delete === 0)).toBe(true);
    const rich = await client.usergroups.list({ include_users: true, include_count: true, include_disabled: true });
    expect(rich.usergroups!.length).toBe(plain.usergroups!.length + 1);
    const disabled = rich.usergroups!.find((g) => g.date_delete !== 0)!;
    expect(disabled.id).toMatch(/^S/);
    for (const g of rich.usergroups!) expect(g.user_count).toBe(g.users!.length);
    const group = plain.usergroups![0];
    const members = await client.usergroups.users.list({ usergroup: group.id! });
    expect(members.users).toEqual(sim.workspace.group(group.id!)!.members);
    expect((await platformError(client.usergroups.users.list({ usergroup: "S0NOPE" }))).error).toBe("no_such_subteam");
  });

  it("describes the team and needs team:read", async () => {
    const info = await slackClient(sim, TOKENS.adminFull).team.info();
    expect(info.team).toMatchObject({ id: sim.workspace.team.id, domain: sim.workspace.team.domain, email_domain: sim.workspace.team.emailDomain });
    expect((await platformError(slackClient(sim, TOKENS.admin).team.info())).error).toBe("missing_scope");
  });

  it("serves the free workspace with its own team and plan restrictions", async () => {
    const client = slackClient(sim, TOKENS.freeWorkspace);
    const auth = await client.auth.test();
    expect(auth.team_id).not.toBe(sim.workspace.team.id);
    expect((await platformError(client.team.accessLogs({ count: 10 }))).error).toBe("paid_only");
    expect((await client.usergroups.list()).usergroups).toEqual([]);
  });
});
