import { and, eq, isNull } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { accountChanges, accountEntitlements, accounts, entitlements } from "@/db/schema";
import { openTestDb, testDrivers } from "@/db/testing";
import { createAggregateAccountsHandler } from "@/lib/jobs/handlers/aggregate-accounts";
import { getRun } from "@/lib/jobs/runs";
import { registerJobHandler, runJob } from "@/lib/jobs/worker";
import { SimControlClient, startSimulator, TOKENS, type RunningSimulator } from "@/slack-sim";
import { confirmPendingRemovals, discardPendingRemovals, NotWaitingError } from "./pending-removals";
import { createRun, createSlackSource, randomKey } from "./testing";

const modes = testDrivers().flatMap((driver) => (["scim", "webapi"] as const).map((mode) => [driver, mode] as const));

describe.each(modes)("changes between runs on %s, %s mode", (driver, apiMode) => {
  let h: DbHandle;
  let sim: RunningSimulator;
  let control: SimControlClient;
  let sourceId: string;
  const key = randomKey();

  beforeAll(async () => {
    h = await openTestDb(driver);
    sim = await startSimulator({ users: 40, historyDays: 1, clock: "2026-01-15T12:00:00Z", control: true, rateLimits: "off" });
    control = new SimControlClient(sim.url);
    registerJobHandler("aggregate-accounts", createAggregateAccountsHandler({ encryptionKey: key }));
    sourceId = await createSlackSource(h.db, { apiBaseUrl: sim.apiUrl, token: TOKENS.adminFull, key, apiMode, pageSize: 15 });
  });
  afterAll(async () => {
    await sim.close();
    await h.close();
  });

  async function run() {
    const runId = await createRun(h.db, sourceId);
    await runJob(h.db, "aggregate-accounts", { runId, sourceId });
    return (await getRun(h.db, runId))!;
  }
  const account = async (nativeId: string) =>
    (await h.db.select().from(accounts).where(and(eq(accounts.sourceId, sourceId), eq(accounts.nativeId, nativeId))))[0];
  const changesOf = (runId: string) => h.db.select().from(accountChanges).where(eq(accountChanges.runId, runId));
  async function groupsOf(nativeId: string): Promise<string[]> {
    const a = await account(nativeId);
    const rows = await h.db
      .select({ nativeId: entitlements.nativeId })
      .from(accountEntitlements)
      .innerJoin(entitlements, eq(entitlements.id, accountEntitlements.entitlementId))
      .where(and(eq(accountEntitlements.accountId, a.id), eq(entitlements.kind, "group")));
    return rows.map((r) => r.nativeId).sort();
  }
  const activeMember = () => sim.workspace.users.find((u) => u.role === "member" && !u.deleted && !u.invited)!;

  it("reflects a deactivation and a group move on the next run", async () => {
    const baseline = await run();
    expect(baseline.state).toBe("succeeded");
    const listed = baseline.counts.added;

    const user = activeMember();
    const mover = sim.workspace.users.find((u) => u.role === "member" && !u.deleted && u.id !== user.id && sim.workspace.groupsOf(u.id).length > 0)!;
    const from = sim.workspace.groupsOf(mover.id)[0];
    const to = sim.workspace.groups.find((g) => g.deletedAt === 0 && !g.members.includes(mover.id))!;
    await control.deactivateUser(user.id);
    await control.moveGroupMember(mover.id, from.id, to.id);

    const next = await run();
    expect(next.counts).toMatchObject({ added: 0, deactivated: 1, changed: 0, removed: 0, unchanged: listed - 1 });
    expect(await account(user.id)).toMatchObject({ isActive: false, role: "member" });
    const changes = await changesOf(next.id);
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({ nativeId: user.id, kind: "deactivated", attributes: [], accountId: (await account(user.id)).id });
    const groups = await groupsOf(mover.id);
    expect(groups).toContain(to.id);
    expect(groups).not.toContain(from.id);
    // Every surviving link was confirmed by this run.
    const stale = await h.db.select().from(accountEntitlements).where(and(eq(accountEntitlements.sourceId, sourceId)));
    expect(stale.every((l) => l.runId === next.id)).toBe(true);

    await control.reactivateUser(user.id);
    await control.addUsers({ count: 2 });
    const after = await run();
    expect(after.counts).toMatchObject({ added: 2, reactivated: 1, deactivated: 0, removed: 0 });
    expect((await account(user.id)).isActive).toBe(true);
  });

  it("holds back an empty listing at the delete threshold; confirm removes, discard keeps", async () => {
    await control.setEmptyListing(true);
    const held = await run();
    expect(held.state).toBe("waiting");
    expect(held.error).toMatch(/^\d+ accounts would be removed \(100% > threshold 20%\)\. Confirm or discard on the Aggregation page\.$/);
    const current = await h.db.select().from(accounts).where(and(eq(accounts.sourceId, sourceId), isNull(accounts.removedAt)));
    expect(current.length).toBeGreaterThan(0);
    const pending = await changesOf(held.id);
    expect(pending).toHaveLength(current.length);
    expect(pending.every((c) => c.kind === "pending_removal" && c.accountId)).toBe(true);

    await expect(discardPendingRemovals(h.db, (await run()).id)).resolves.toBeUndefined();
    expect((await h.db.select().from(accounts).where(and(eq(accounts.sourceId, sourceId), isNull(accounts.removedAt)))).length).toBe(current.length);

    const { removed } = await confirmPendingRemovals(h.db, held.id, "admin@example.com");
    expect(removed).toBe(current.length);
    expect((await getRun(h.db, held.id))!.state).toBe("succeeded");
    expect((await changesOf(held.id)).every((c) => c.kind === "removed")).toBe(true);
    const removedRows = await h.db.select().from(accounts).where(eq(accounts.sourceId, sourceId));
    expect(removedRows.every((a) => a.removedAt !== null)).toBe(true);
    expect(await h.db.select().from(accountEntitlements).where(eq(accountEntitlements.sourceId, sourceId))).toHaveLength(0);
    await expect(confirmPendingRemovals(h.db, held.id, "admin@example.com")).rejects.toBeInstanceOf(NotWaitingError);

    // Back in the listing: every account is added back, with its history kept.
    await control.setEmptyListing(false);
    const back = await run();
    expect(back.counts).toMatchObject({ added: current.length, removed: 0 });
    expect((await changesOf(back.id)).every((c) => c.kind === "added" && c.attributes.includes("removedAt"))).toBe(true);
    expect((await h.db.select().from(accounts).where(and(eq(accounts.sourceId, sourceId), isNull(accounts.removedAt)))).length).toBe(current.length);
  });
});
