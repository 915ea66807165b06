import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { accounts } from "@/db/schema";
import { openTestDb, testDrivers } from "@/db/testing";
import { createAggregateAccountsHandler } from "@/lib/jobs/handlers/aggregate-accounts";
import { getRun } from "@/lib/jobs/runs";
import { registerJobHandler, runJob } from "@/lib/jobs/worker";
import { SimControlClient, startSimulator, TOKENS, type RunningSimulator } from "@/slack-sim";
import type { WorkspaceState } from "@/slack-sim/control-client";
import { GUEST_FILTERS, IGNORED_GUEST_FILTERS_NOTE } from "./scim-guests";
import { NO_ROLE_SCOPE_NOTE, roleLookupRefusedNote } from "./scim-roles";
import { createRun, createSlackSource, randomKey } from "./testing";

const PAGE_SIZE = 25;
type SimUserView = WorkspaceState["users"][number];

const PRIVILEGED = ["primary_owner", "owner", "admin"];
const isGuestRole = (role: string) => role === "multi_channel_guest" || role === "single_channel_guest";

/** What an account row must say about one simulator user: role, type and every flag. */
function expectedRow(u: SimUserView, role: string, isInvited: boolean) {
  return {
    nativeId: u.id,
    role,
    accountType: role === "bot" ? "bot" : isGuestRole(role) ? "guest" : "human",
    isAdmin: PRIVILEGED.includes(role),
    isOwner: role === "owner" || role === "primary_owner",
    isPrimaryOwner: role === "primary_owner",
    isMultiChannelGuest: role === "multi_channel_guest",
    isSingleChannelGuest: role === "single_channel_guest",
    isBot: role === "bot",
    isInvited,
    isActive: !u.deleted,
  };
}

/**
 * With users:read: Slack's truth, except that users.list returns a deactivated user without role
 * flags, so a deactivated admin or owner seen for the first time is a member (as in Web API mode).
 */
const withRoles = (u: SimUserView) => expectedRow(u, u.deleted && PRIVILEGED.includes(u.role) ? "member" : u.role, u.invited);

/** With `admin` alone: guests are known from the guest listings; everyone else reads as a member. */
const guestsOnly = (u: SimUserView) => expectedRow(u, isGuestRole(u.role) ? u.role : "member", false);

/** A fetch that answers Slack's SCIM filter error for any /Users listing filtered on `ultra_restricted`. */
const refusingSingleChannelFilter: typeof fetch = async (input, init) => {
  const url = new URL(String(input));
  if (url.pathname.endsWith("/Users") && (url.searchParams.get("filter") ?? "").includes("ultra_restricted")) {
    const body = { schemas: ["urn:ietf:params:scim:api:messages:2.0:Error"], detail: "invalid_query", status: 400 };
    return new Response(JSON.stringify(body), { status: 400, headers: { "Content-Type": "application/json" } });
  }
  return fetch(input, init);
};

/** A SCIM server that ignores the guest filters (Slack calls filtering "not applicable" to v2.0). */
const ignoringGuestFilters: typeof fetch = async (input, init) => {
  const url = new URL(String(input));
  if ((url.searchParams.get("filter") ?? "").includes("restricted")) url.searchParams.delete("filter");
  return fetch(url, init);
};

/** A fetch that drops X-OAuth-Scopes from every reply, as a proxy might. */
const strippingScopes: typeof fetch = async (input, init) => {
  const res = await fetch(input, init);
  const headers = new Headers(res.headers);
  headers.delete("x-oauth-scopes");
  return new Response(await res.text(), { status: res.status, headers });
};

/** A fetch that answers users.list the way Slack answers an organisation token sent without a team. */
const refusingUsersList: typeof fetch = async (input, init) => {
  if (new URL(String(input)).pathname.endsWith("/users.list")) {
    return new Response(JSON.stringify({ ok: false, error: "missing_argument" }), { status: 200, headers: { "Content-Type": "application/json" } });
  }
  return fetch(input, init);
};

describe.each(testDrivers())("SCIM-mode guests, admins, owners and bots on %s", (driver) => {
  let h: DbHandle;
  let sim: RunningSimulator;
  let control: SimControlClient;
  const key = randomKey();

  beforeAll(async () => {
    h = await openTestDb(driver);
    sim = await startSimulator({ users: 120, historyDays: 1, clock: "2026-01-15T12:00:00Z", control: true, rateLimits: "off" });
    control = new SimControlClient(sim.url);
  });
  afterAll(async () => {
    await sim.close();
    await h.close();
  });

  async function run(sourceId: string, fetchFn?: typeof fetch) {
    registerJobHandler("aggregate-accounts", createAggregateAccountsHandler({ encryptionKey: key, fetch: fetchFn }));
    const runId = await createRun(h.db, sourceId);
    await runJob(h.db, "aggregate-accounts", { runId, sourceId });
    const done = (await getRun(h.db, runId))!;
    return { ...done, notes: (done.progress as { notes?: string[] }).notes ?? [] };
  }

  async function rowsOf(sourceId: string) {
    const rows = await h.db
      .select({
        nativeId: accounts.nativeId, role: accounts.role, accountType: accounts.accountType, isAdmin: accounts.isAdmin, isOwner: accounts.isOwner,
        isPrimaryOwner: accounts.isPrimaryOwner, isMultiChannelGuest: accounts.isMultiChannelGuest, isSingleChannelGuest: accounts.isSingleChannelGuest,
        isBot: accounts.isBot, isInvited: accounts.isInvited, isActive: accounts.isActive,
      })
      .from(accounts)
      .where(eq(accounts.sourceId, sourceId));
    return rows.sort((a, b) => a.nativeId.localeCompare(b.nativeId));
  }

  /** The simulator's users as SCIM lists them (Slackbot is no SCIM user), from the control API. */
  async function scimUsers(): Promise<SimUserView[]> {
    const ws = await control.workspace();
    return ws.users.filter((u) => u.role !== "slackbot").sort((a, b) => a.id.localeCompare(b.id));
  }

  const pagesOf = (n: number) => Math.max(1, Math.ceil(n / PAGE_SIZE));

  it("with admin + users:read, marks guests, admins, owners, the primary owner and bots exactly as Slack has them", async () => {
    const sourceId = await createSlackSource(h.db, { apiBaseUrl: sim.apiUrl, token: TOKENS.adminFull, key, apiMode: "scim", pageSize: PAGE_SIZE });
    await control.resetRequestCounts();
    const done = await run(sourceId);
    expect(done.state).toBe("succeeded");

    const ws = await control.workspace();
    const users = await scimUsers();
    // Every role is in the workspace, so every mapping below is exercised.
    expect(new Set(users.map((u) => u.role))).toEqual(new Set([...PRIVILEGED, "member", "multi_channel_guest", "single_channel_guest", "bot"]));
    expect(await rowsOf(sourceId)).toEqual(users.map(withRoles));
    expect(done.notes).toEqual([]);

    // users.list is paged once over the whole workspace (Slackbot included), after auth.test.
    const rolePages = pagesOf(ws.users.length);
    const guestPages = pagesOf(users.filter((u) => u.role === "multi_channel_guest").length) + pagesOf(users.filter((u) => u.role === "single_channel_guest").length);
    const pages = pagesOf(users.length);
    const groupPages = pagesOf(ws.groups.filter((g) => !g.disabled).length);
    expect(done.counts).toMatchObject({ pages, guestPages, rolePages, groupPages, requests: 1 + pages + guestPages + rolePages + groupPages, added: users.length });
    expect(await control.requestCounts()).toEqual({ "auth.test": 1, "users.list": rolePages, "SCIM GET /Users": pages + guestPages, "SCIM GET /Groups": groupPages });

    // A rerun reads the same and changes nothing.
    const again = await run(sourceId);
    expect(again.counts).toMatchObject({ added: 0, changed: 0, unchanged: users.length });
  });

  it("with admin alone, knows guests but not admins, owners or bots, never pages users.list, and the run says so", async () => {
    const sourceId = await createSlackSource(h.db, { apiBaseUrl: sim.apiUrl, token: TOKENS.admin, key, apiMode: "scim", pageSize: PAGE_SIZE });
    await control.resetRequestCounts();
    const done = await run(sourceId);
    expect(done.state).toBe("succeeded");
    const users = await scimUsers();
    expect(await rowsOf(sourceId)).toEqual(users.map(guestsOnly));
    expect(done.notes).toEqual([NO_ROLE_SCOPE_NOTE]);
    expect(done.counts).toMatchObject({ rolePages: 0 });
    const counts = await control.requestCounts();
    expect(counts["auth.test"]).toBe(1);
    expect(counts).not.toHaveProperty("users.list");
  });

  it("narrows the guest listings with the account filter, keeping an `or` in it together", async () => {
    const users = await scimUsers();
    const initial = (u: SimUserView) => u.name[0].toLowerCase();
    // The multi-channel guest whose initial most users share, so that initial also selects non-guests.
    const guestInitials = users.filter((u) => u.role === "multi_channel_guest").map(initial);
    const x = guestInitials.sort((a, b) => users.filter((u) => initial(u) === b).length - users.filter((u) => initial(u) === a).length)[0];
    const y = initial(users.find((u) => u.role === "single_channel_guest")!);
    const accountFilter = `userName sw "${x}" or userName sw "${y}"`;
    const selected = users.filter((u) => initial(u) === x || initial(u) === y);
    // Read as `x or (y and restricted)`, the guest filter would make these non-guests guests.
    expect(selected.filter((u) => initial(u) === x && u.role !== "multi_channel_guest").length).toBeGreaterThan(0);

    const sourceId = await createSlackSource(h.db, { apiBaseUrl: sim.apiUrl, token: TOKENS.admin, key, apiMode: "scim", pageSize: PAGE_SIZE, accountFilter });
    const seen: string[] = [];
    const recording: typeof fetch = (input, init) => {
      const filter = new URL(String(input)).searchParams.get("filter");
      if (filter) seen.push(filter);
      return fetch(input, init);
    };
    const done = await run(sourceId, recording);
    expect(done.state).toBe("succeeded");
    expect(await rowsOf(sourceId)).toEqual(selected.map(guestsOnly));
    expect(new Set(seen)).toEqual(new Set([accountFilter, `(${accountFilter}) and ${GUEST_FILTERS.multi}`, `(${accountFilter}) and ${GUEST_FILTERS.single}`]));
  });

  it("keeps single-channel guests as members and notes it when Slack rejects that guest filter", async () => {
    const sourceId = await createSlackSource(h.db, { apiBaseUrl: sim.apiUrl, token: TOKENS.admin, key, apiMode: "scim", pageSize: PAGE_SIZE });
    const done = await run(sourceId, refusingSingleChannelFilter);
    expect(done.state).toBe("succeeded");
    const users = await scimUsers();
    const expected = users.map((u) => guestsOnly(u.role === "single_channel_guest" ? { ...u, role: "member" } : u));
    expect(await rowsOf(sourceId)).toEqual(expected);
    expect(done.notes).toEqual([
      NO_ROLE_SCOPE_NOTE,
      `Slack's SCIM API rejected the guest filter ${GUEST_FILTERS.single} (invalid_query), so it did not say who is a single-channel guest: they count as members in this run unless users.list says otherwise.`,
    ]);
    // Only the multi-channel listing was read; the refused request counts as a request, not a page.
    const multiPages = pagesOf(users.filter((u) => u.role === "multi_channel_guest").length);
    expect(done.counts).toMatchObject({ guestPages: multiPages });
    expect(done.counts.requests).toBe(1 + done.counts.pages + multiPages + 1 + done.counts.groupPages);
  });

  it("tries users.list when auth.test reports no scopes, and reads a refusal as roles unknown without failing the run", async () => {
    const users = await scimUsers();
    const adminOnly = await createSlackSource(h.db, { apiBaseUrl: sim.apiUrl, token: TOKENS.admin, key, apiMode: "scim", pageSize: PAGE_SIZE });
    await control.resetRequestCounts();
    const unreported = await run(adminOnly, strippingScopes);
    expect(unreported.state).toBe("succeeded");
    // The simulator answers missing_scope for a token without users:read.
    expect((await control.requestCounts())["users.list"]).toBe(1);
    expect(unreported.notes).toEqual([NO_ROLE_SCOPE_NOTE]);
    expect(await rowsOf(adminOnly)).toEqual(users.map(guestsOnly));

    const full = await createSlackSource(h.db, { apiBaseUrl: sim.apiUrl, token: TOKENS.adminFull, key, apiMode: "scim", pageSize: PAGE_SIZE });
    const refused = await run(full, refusingUsersList);
    expect(refused.state).toBe("succeeded");
    expect(refused.notes).toEqual([roleLookupRefusedNote("missing_argument")]);
    expect(await rowsOf(full)).toEqual(users.map(guestsOnly));
  });

  it("does not make everyone a guest when the SCIM server ignores the guest filters", async () => {
    const sourceId = await createSlackSource(h.db, { apiBaseUrl: sim.apiUrl, token: TOKENS.admin, key, apiMode: "scim", pageSize: PAGE_SIZE });
    const done = await run(sourceId, ignoringGuestFilters);
    expect(done.state).toBe("succeeded");
    const users = await scimUsers();
    expect(await rowsOf(sourceId)).toEqual(users.map((u) => expectedRow(u, "member", false)));
    expect(done.notes).toEqual([NO_ROLE_SCOPE_NOTE, IGNORED_GUEST_FILTERS_NOTE]);
  });
});
