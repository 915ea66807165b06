import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { accounts, identities } from "@/db/schema";
import { openTestDb, testDrivers } from "@/db/testing";
import { aggregateSource } from "@/lib/aggregation";
import { createRun, createSlackSource, randomKey } from "@/lib/aggregation/testing";
import { makeContext } from "@/lib/jobs/worker";
import { SimControlClient, startSimulator, TOKENS, type RunningSimulator } from "@/slack-sim";
import { accountsOfIdentity, accountStatusCounts, exportAccounts, getAccount, listAccounts, listRunChanges, listSourceRuns, type AccountListQuery } from "./accounts";
import { entitlementMembers, listEntitlements } from "./entitlements";

describe.each(testDrivers())("account and entitlement queries on %s", (driver) => {
  let h: DbHandle;
  let sim: RunningSimulator;
  let sourceId: string;
  let runId: string;
  const key = randomKey();
  const all: AccountListQuery = { q: "", status: "all", type: "all", correlated: "all", sort: "displayName", dir: "asc", page: 1, pageSize: 25 };

  beforeAll(async () => {
    h = await openTestDb(driver);
    sim = await startSimulator({ users: 60, historyDays: 1, clock: "2026-01-15T12:00:00Z", control: true });
    sourceId = await createSlackSource(h.db, { apiBaseUrl: sim.apiUrl, token: TOKENS.adminFull, key, apiMode: "webapi", pageSize: 50 });
    await aggregateSource(makeContext(h.db, { runId: await createRun(h.db, sourceId), sourceId }), sourceId, { encryptionKey: key });
    // A second run with one deactivation gives the change queries something to show.
    const member = sim.workspace.users.find((u) => u.role === "member" && !u.deleted && !u.invited)!;
    await new SimControlClient(sim.url).deactivateUser(member.id);
    runId = await createRun(h.db, sourceId);
    await aggregateSource(makeContext(h.db, { runId, sourceId }), sourceId, { encryptionKey: key });
  });
  afterAll(async () => {
    await sim.close();
    await h.close();
  });

  it("lists, filters, sorts and pages accounts", async () => {
    const ws = sim.workspace;
    const first = await listAccounts(h.db, { ...all, sourceId });
    expect(first.total).toBe(ws.users.length);
    expect(first.rows).toHaveLength(25);
    const names = first.rows.map((r) => (r.displayName ?? r.realName ?? r.userName ?? "").toLowerCase());
    expect(names).toEqual([...names].sort());
    const page3 = await listAccounts(h.db, { ...all, sourceId, page: 3 });
    expect(page3.rows.length).toBe(ws.users.length - 50);

    const deactivated = await listAccounts(h.db, { ...all, sourceId, status: "deactivated" });
    expect(deactivated.total).toBe(ws.users.filter((u) => u.deleted).length);
    const bots = await listAccounts(h.db, { ...all, sourceId, type: "bot", pageSize: 100 });
    expect(bots.rows.map((r) => r.nativeId)).toContain("USLACKBOT");
    const guests = await listAccounts(h.db, { ...all, sourceId, type: "guest", pageSize: 100 });
    expect(guests.total).toBe(ws.users.filter((u) => u.role.endsWith("_guest")).length);
    const owner = ws.users.find((u) => u.role === "primary_owner")!;
    const search = await listAccounts(h.db, { ...all, sourceId, q: owner.email! });
    expect(search.rows.map((r) => r.nativeId)).toEqual([owner.id]);
    expect((await listAccounts(h.db, { ...all, sourceId, role: "primary_owner" })).total).toBe(1);
    expect((await listAccounts(h.db, { ...all, sourceId, correlated: "yes" })).total).toBe(0);
    expect((await listAccounts(h.db, { ...all, entitlementId: "not-a-uuid" })).total).toBe(0);
    expect(await accountStatusCounts(h.db, sourceId)).toEqual({ active: ws.users.filter((u) => !u.deleted).length, deactivated: deactivated.total, removed: 0 });
  });

  it("shows entitlements with member counts, their members, and filters accounts by one", async () => {
    const ents = await listEntitlements(h.db, sourceId, {});
    expect(ents.slice(0, 7).map((e) => e.kind)).toEqual(Array(7).fill("role"));
    expect(ents[0].nativeId).toBe("primary_owner");
    expect(ents[0].memberCount).toBe(1);
    expect(ents.reduce((n, e) => n + (e.kind === "role" ? e.memberCount : 0), 0)).toBe(sim.workspace.users.length);
    const group = sim.workspace.groups.find((g) => g.deletedAt === 0 && g.members.length > 1)!;
    const row = ents.find((e) => e.nativeId === group.id)!;
    expect(row.memberCount).toBe(new Set(group.members).size);
    const members = await entitlementMembers(h.db, row.id, 1, 100);
    expect(members.total).toBe(row.memberCount);
    expect(members.rows.map((m) => m.nativeId).sort()).toEqual([...new Set(group.members)].sort());
    const filtered = await listAccounts(h.db, { ...all, entitlementId: row.id, pageSize: 100 });
    expect(filtered.total).toBe(row.memberCount);
    expect(await listEntitlements(h.db, sourceId, { kind: "group", q: group.name })).toEqual([expect.objectContaining({ id: row.id })]);
  });

  it("gets one account with identity, entitlements and history; lists an identity's accounts", async () => {
    const owner = sim.workspace.users.find((u) => u.role === "primary_owner")!;
    const [row] = await h.db.select().from(accounts).where(eq(accounts.nativeId, owner.id));
    const [person] = await h.db.insert(identities).values({ name: "Owner Person", email: owner.email! }).returning();
    await h.db.update(accounts).set({ identityId: person.id, correlation: "manual" }).where(eq(accounts.id, row.id));
    const full = await getAccount(h.db, row.id);
    expect(full).toMatchObject({ nativeId: owner.id, role: "primary_owner", identity: { id: person.id, name: "Owner Person" } });
    expect(full!.entitlements.some((e) => e.kind === "role" && e.nativeId === "primary_owner")).toBe(true);
    expect(full!.changes).toEqual([expect.objectContaining({ kind: "added" })]);
    expect(await getAccount(h.db, "nope")).toBeNull();
    expect((await accountsOfIdentity(h.db, person.id)).map((a) => a.id)).toEqual([row.id]);
    expect((await listAccounts(h.db, { ...all, sourceId, correlated: "yes", sort: "identity" })).rows[0].identityName).toBe("Owner Person");
  });

  it("exports every matching account in batches and shows runs and their changes", async () => {
    const seen: string[] = [];
    for await (const batch of exportAccounts(h.db, { ...all, sourceId }, 7)) {
      expect(batch.length).toBeLessThanOrEqual(7);
      seen.push(...batch.map((r) => r.nativeId));
    }
    expect(new Set(seen).size).toBe(sim.workspace.users.length);
    expect(seen).toHaveLength(sim.workspace.users.length);
    const runs = await listSourceRuns(h.db, sourceId);
    expect(runs.map((r) => r.id)[0]).toBe(runId);
    expect(runs).toHaveLength(2);
    const changes = await listRunChanges(h.db, runId, { page: 1, pageSize: 10 });
    expect(changes).toMatchObject({ total: 1, rows: [{ kind: "deactivated" }] });
  });
});
