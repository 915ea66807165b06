import { and, count, eq, isNull } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { accountEntitlements, accounts, entitlements, sources } from "@/db/schema";
import { openTestDb, testDrivers } from "@/db/testing";
import { createAggregateAccountsHandler } from "@/lib/jobs/handlers/aggregate-accounts";
import { getRun } from "@/lib/jobs/runs";
import { registerJobHandler, runJob } from "@/lib/jobs/worker";
import { SimControlClient, startSimulator, TOKENS, type RunningSimulator } from "@/slack-sim";
import { NO_ROLE_SCOPE_NOTE } from "./scim-roles";
import { createRun, createSlackSource, randomKey } from "./testing";

const PAGE_SIZE = 200;

describe.each(testDrivers())("aggregating a 1,000-user workspace on %s", (driver) => {
  let h: DbHandle;
  let sim: RunningSimulator;
  let control: SimControlClient;
  const key = randomKey();

  beforeAll(async () => {
    h = await openTestDb(driver);
    sim = await startSimulator({ users: 1000, historyDays: 1, clock: "2026-01-15T12:00:00Z", control: true, rateLimits: "off" });
    control = new SimControlClient(sim.url);
    registerJobHandler("aggregate-accounts", createAggregateAccountsHandler({ encryptionKey: key }));
  });
  afterAll(async () => {
    await sim.close();
    await h.close();
  });

  async function run(sourceId: string) {
    const runId = await createRun(h.db, sourceId);
    await runJob(h.db, "aggregate-accounts", { runId, sourceId });
    return (await getRun(h.db, runId))!;
  }

  it.each(["scim", "webapi"] as const)("uses exactly one request per page of each listing (plus auth.test in SCIM mode) in %s mode, then reruns all unchanged", async (apiMode) => {
    const ws = sim.workspace;
    // SCIM does not list Slackbot; users.list does. Both signal the end on the last page itself.
    const listed = apiMode === "scim" ? ws.users.filter((u) => u.role !== "slackbot").length : ws.users.length;
    const pages = Math.ceil(listed / PAGE_SIZE);
    const groups = ws.groups.filter((g) => g.deletedAt === 0).length;
    const groupCalls = apiMode === "scim" ? Math.ceil(groups / PAGE_SIZE) : 1;
    // SCIM mode also reads the two guest listings (one page at least each, even when empty) and asks
    // auth.test for the token's scopes; with `admin` alone it does not page users.list.
    const guestListing = (role: string) => Math.max(1, Math.ceil(ws.users.filter((u) => u.role === role).length / PAGE_SIZE));
    const guestCalls = apiMode === "scim" ? guestListing("multi_channel_guest") + guestListing("single_channel_guest") : 0;
    const scopeCheck = apiMode === "scim" ? 1 : 0;
    const requests = scopeCheck + pages + guestCalls + groupCalls;
    const token = apiMode === "scim" ? TOKENS.admin : TOKENS.adminFull;
    const sourceId = await createSlackSource(h.db, { apiBaseUrl: sim.apiUrl, token, key, apiMode, pageSize: PAGE_SIZE });

    await control.resetRequestCounts();
    const first = await run(sourceId);
    expect(first.state).toBe("succeeded");
    expect(first.counts).toMatchObject({ pages, guestPages: guestCalls, rolePages: 0, groupPages: groupCalls, requests, added: listed, unchanged: 0, removed: 0, groups });
    const simCounts = await control.requestCounts();
    expect(simCounts).toEqual(
      apiMode === "scim" ? { "auth.test": 1, "SCIM GET /Users": pages + guestCalls, "SCIM GET /Groups": groupCalls } : { "users.list": pages, "usergroups.list": 1 },
    );

    const [{ n }] = await h.db.select({ n: count() }).from(accounts).where(eq(accounts.sourceId, sourceId));
    expect(n).toBe(listed);
    const [{ inactive }] = await h.db.select({ inactive: count() }).from(accounts).where(and(eq(accounts.sourceId, sourceId), eq(accounts.isActive, false)));
    expect(inactive).toBe(ws.users.filter((u) => u.deleted).length);
    // Every account holds one role; group links match the simulator's memberships.
    const memberships = ws.groups.filter((g) => g.deletedAt === 0).reduce((sum, g) => sum + new Set(g.members).size, 0);
    expect(first.counts.entitlementLinks).toBe(listed + memberships);
    const [{ links }] = await h.db.select({ links: count() }).from(accountEntitlements).where(eq(accountEntitlements.sourceId, sourceId));
    expect(links).toBe(listed + memberships);
    const ents = await h.db.select().from(entitlements).where(and(eq(entitlements.sourceId, sourceId), isNull(entitlements.removedAt)));
    expect(ents.filter((e) => e.kind === "role")).toHaveLength(7);
    expect(ents.filter((e) => e.kind === "group")).toHaveLength(groups);

    // Without users:read, SCIM mode cannot know admins, owners or bots, and the run says so.
    expect((first.progress as { notes?: string[] }).notes).toEqual(apiMode === "scim" ? [NO_ROLE_SCOPE_NOTE] : undefined);

    if (apiMode === "webapi") {
      const owner = ws.users.find((u) => u.role === "primary_owner")!;
      const [row] = await h.db.select().from(accounts).where(and(eq(accounts.sourceId, sourceId), eq(accounts.nativeId, owner.id)));
      expect(row).toMatchObject({ role: "primary_owner", isOwner: true, isAdmin: true, email: owner.email, accountType: "human" });
      const guest = ws.users.find((u) => u.role === "single_channel_guest" && !u.deleted)!;
      const [g] = await h.db.select().from(accounts).where(and(eq(accounts.sourceId, sourceId), eq(accounts.nativeId, guest.id)));
      expect(g).toMatchObject({ role: "single_channel_guest", accountType: "guest", isSingleChannelGuest: true });
      const [bot] = await h.db.select().from(accounts).where(and(eq(accounts.sourceId, sourceId), eq(accounts.nativeId, "USLACKBOT")));
      expect(bot).toMatchObject({ role: "bot", accountType: "bot" });
    }

    const [source] = await h.db.select().from(sources).where(eq(sources.id, sourceId));
    expect(source.schedule).toBe("daily");
    expect(source.lastDataRunAt).not.toBeNull();

    const second = await run(sourceId);
    expect(second.state).toBe("succeeded");
    expect(second.counts).toMatchObject({ added: 0, changed: 0, deactivated: 0, reactivated: 0, removed: 0, unchanged: listed, requests });
  });

  it("honours the SCIM account and group filters, and names the group filter when Slack rejects it", async () => {
    const ws = sim.workspace;
    const sourceId = await createSlackSource(h.db, {
      apiBaseUrl: sim.apiUrl, token: TOKENS.admin, key, apiMode: "scim", pageSize: 10, accountFilter: 'restricted eq "1"', groupFilter: 'displayName sw "e"',
    });
    const guests = ws.users.filter((u) => u.role === "multi_channel_guest");
    const groups = ws.groups.filter((g) => g.deletedAt === 0 && g.name.toLowerCase().startsWith("e"));
    await control.resetRequestCounts();
    const done = await run(sourceId);
    const guestPages = Math.ceil(guests.length / 10);
    // The guest listings narrow the account filter: the multi-channel one finds the same guests, the
    // single-channel one none (still one request).
    expect(done.counts).toMatchObject({ added: guests.length, pages: guestPages, guestPages: guestPages + 1, groups: groups.length });
    expect(await control.requestCounts()).toEqual({ "auth.test": 1, "SCIM GET /Users": 2 * guestPages + 1, "SCIM GET /Groups": Math.max(1, Math.ceil(groups.length / 10)) });
    const rows = await h.db.select({ nativeId: accounts.nativeId, accountType: accounts.accountType, role: accounts.role }).from(accounts).where(eq(accounts.sourceId, sourceId));
    expect(rows.map((r) => r.nativeId).sort()).toEqual(guests.map((u) => u.id).sort());
    expect(rows.every((r) => r.accountType === "guest" && r.role === "multi_channel_guest")).toBe(true);

    await h.db.update(sources).set({ config: { apiMode: "scim", pageSize: 10, accountFilter: "", groupFilter: "displayName zz", apiBaseUrl: sim.apiUrl } }).where(eq(sources.id, sourceId));
    const failed = await run(sourceId);
    expect(failed.state).toBe("failed");
    expect(failed.error).toMatch(/^Slack rejected the group filter \(.+\)\. Fix "Filter Condition for Groups"/);
    // A failed run applies nothing: the guests are all still there, none removed.
    expect((await h.db.select().from(accounts).where(and(eq(accounts.sourceId, sourceId), isNull(accounts.removedAt)))).length).toBe(guests.length);
  });
});
