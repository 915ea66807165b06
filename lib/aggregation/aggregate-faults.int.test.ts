import { and, asc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { accountChanges, accountEntitlements, accounts } from "@/db/schema";
import { openTestDb, testDrivers } from "@/db/testing";
import type { JobContext } from "@/lib/jobs/context";
import { createAggregateAccountsHandler } from "@/lib/jobs/handlers/aggregate-accounts";
import { getRun } from "@/lib/jobs/runs";
import { makeContext, registerJobHandler, runJob } from "@/lib/jobs/worker";
import { SimControlClient, startSimulator, TOKENS, type RunningSimulator } from "@/slack-sim";
import type { FaultSettingsInput } from "@/slack-sim/control-client";
import { aggregateSource, type AggregationOptions } from "./aggregate";
import { createRun, createSlackSource, randomKey } from "./testing";

const PAGE_SIZE = 10;
const modes = testDrivers().flatMap((driver) => (["scim", "webapi"] as const).map((mode) => [driver, mode] as const));

describe.each(modes)("Slack faults on %s, %s mode", (driver, apiMode) => {
  let h: DbHandle;
  let sim: RunningSimulator;
  let control: SimControlClient;
  const key = randomKey();
  const fast: AggregationOptions = { encryptionKey: key, retry: { baseDelayMs: 1 } };
  const listed = () => (apiMode === "scim" ? sim.workspace.users.filter((u) => u.role !== "slackbot") : sim.workspace.users).length;
  const pages = () => Math.ceil(listed() / PAGE_SIZE);
  const usersKey = apiMode === "scim" ? "SCIM GET /Users" : "users.list";
  // SCIM mode asks auth.test for the token's scopes before its first page.
  const scopeChecks = apiMode === "scim" ? 1 : 0;
  const firstPageRequest = scopeChecks + 1;
  /** Distinct requests a run sends: every page of every listing, plus SCIM mode's auth.test. */
  const distinctRequests = (c: Record<string, number>) => scopeChecks + c.pages + c.guestPages + c.rolePages + c.groupPages;

  beforeAll(async () => {
    h = await openTestDb(driver);
    sim = await startSimulator({ users: 40, historyDays: 1, clock: "2026-01-15T12:00:00Z", control: true, rateLimits: "off" });
    control = new SimControlClient(sim.url);
  });
  afterAll(async () => {
    await sim.close();
    await h.close();
  });

  const newSource = () => createSlackSource(h.db, { apiBaseUrl: sim.apiUrl, token: TOKENS.adminFull, key, apiMode, pageSize: PAGE_SIZE });

  /** A fetch that records which page each request asks for and can switch a fault on at request n. */
  function trackingFetch(faultAt?: { request: number; faults: FaultSettingsInput }) {
    const pagesAsked: string[] = [];
    const f: typeof fetch = async (input, init) => {
      const url = new URL(String(input));
      const body = typeof init?.body === "string" ? new URLSearchParams(init.body) : undefined;
      const what = url.pathname.split("/").pop();
      // The guest listings page /Users again, under their own filters.
      const filter = url.searchParams.get("filter");
      pagesAsked.push(`${what}${filter ? `[${filter}]` : ""}@${url.searchParams.get("startIndex") ?? body?.get("cursor") ?? "first"}`);
      if (faultAt && pagesAsked.length === faultAt.request) await control.setFaults(faultAt.faults);
      return fetch(input, init);
    };
    return { fetch: f, pagesAsked };
  }

  /** A repeated request is only ever the one just sent: no page is asked for again later. */
  function expectNoRestart(pagesAsked: string[]) {
    const collapsed = pagesAsked.filter((p, i) => i === 0 || p !== pagesAsked[i - 1]);
    expect(new Set(collapsed).size).toBe(collapsed.length);
    return collapsed;
  }

  function context(runId: string, sourceId: string) {
    const progress: Array<Record<string, unknown>> = [];
    const base = makeContext(h.db, { runId, sourceId });
    const ctx: JobContext = { ...base, progress: async (p) => { progress.push(p); await base.progress(p); } };
    return { ctx, progress };
  }

  async function accountIds(sourceId: string): Promise<string[]> {
    const rows = await h.db.select({ nativeId: accounts.nativeId }).from(accounts).where(eq(accounts.sourceId, sourceId)).orderBy(asc(accounts.nativeId));
    return rows.map((r) => r.nativeId);
  }
  const expectedIds = () => (apiMode === "scim" ? sim.workspace.users.filter((u) => u.role !== "slackbot") : sim.workspace.users).map((u) => u.id).sort();

  it("waits out a 429 storm, shows the wait, and resumes from the same page", async () => {
    const sourceId = await newSource();
    const tiers = apiMode === "scim" ? { scim_reads: { perMinute: 120, burst: 2 } } : { tier2: { perMinute: 120, burst: 2 } };
    await control.resetRequestCounts();
    await control.setFaults({ rateLimits: { tiers } });
    const track = trackingFetch();
    const runId = await createRun(h.db, sourceId);
    const { ctx, progress } = context(runId, sourceId);
    const outcome = await aggregateSource(ctx, sourceId, { ...fast, fetch: track.fetch });
    await control.resetFaults();

    expect(outcome.state).toBe("succeeded");
    const c = outcome.counts;
    expect(c.rateLimited).toBeGreaterThan(0);
    expect(c).toMatchObject({ pages: pages(), added: listed(), retries: 0 });
    expect(c.requests).toBe(distinctRequests(c) + c.rateLimited);
    const sims = await control.requestCounts();
    expect(Object.values(sims).reduce((a, b) => a + b, 0)).toBe(c.requests);
    // Each page is asked for once, plus once more per 429 it met: never the listing from the start.
    expect(expectNoRestart(track.pagesAsked)).toHaveLength(distinctRequests(c));
    expect(track.pagesAsked).toHaveLength(c.requests);
    const wait = progress.find((p) => p.waitingForRateLimit !== undefined);
    expect(wait).toMatchObject({ waitingForRateLimit: 1, message: "waiting for Slack rate limit (1 s)" });
    expect(await accountIds(sourceId)).toEqual(expectedIds());
  });

  it("retries a 5xx burst mid-listing without restarting the listing", async () => {
    const sourceId = await newSource();
    await control.resetRequestCounts();
    const track = trackingFetch({ request: firstPageRequest + 1, faults: { serverErrors: { count: 3, status: 503 } } });
    const runId = await createRun(h.db, sourceId);
    const outcome = await aggregateSource(context(runId, sourceId).ctx, sourceId, { ...fast, fetch: track.fetch });

    expect(outcome.state).toBe("succeeded");
    expect(outcome.counts).toMatchObject({ pages: pages(), retries: 3, rateLimited: 0, added: listed() });
    expect(outcome.counts.requests).toBe(distinctRequests(outcome.counts) + 3);
    expect((await control.requestCounts())[usersKey]).toBe(pages() + outcome.counts.guestPages + 3);
    // The second page was asked for four times (three 503s, then the answer); the first only once.
    expect(new Set(track.pagesAsked.slice(firstPageRequest, firstPageRequest + 4)).size).toBe(1);
    expect(expectNoRestart(track.pagesAsked)).toHaveLength(distinctRequests(outcome.counts));
    expect(await accountIds(sourceId)).toEqual(expectedIds());
  });

  it("fails readably when dropped connections outlast the retries, changes nothing, and the next run recovers", async () => {
    const sourceId = await newSource();
    registerJobHandler("aggregate-accounts", createAggregateAccountsHandler(fast));
    const baseline = await createRun(h.db, sourceId);
    await runJob(h.db, "aggregate-accounts", { runId: baseline, sourceId });
    const victim = sim.workspace.users.find((u) => u.role === "member" && !u.deleted && !u.invited)!;
    await control.deactivateUser(victim.id);
    const before = await h.db.select().from(accounts).where(eq(accounts.sourceId, sourceId)).orderBy(asc(accounts.id));

    const track = trackingFetch({ request: firstPageRequest + 1, faults: { dropConnections: { count: 5, phase: "body" } } });
    registerJobHandler("aggregate-accounts", createAggregateAccountsHandler({ ...fast, fetch: track.fetch }));
    const failedRun = await createRun(h.db, sourceId);
    await runJob(h.db, "aggregate-accounts", { runId: failedRun, sourceId });
    const failed = (await getRun(h.db, failedRun))!;
    expect(failed.state).toBe("failed");
    expect(failed.error).toMatch(/^Slack could not be reached: .+ Gave up on (SCIM GET \/Users|users\.list) after 5 attempts; nothing was changed\./);
    expect(failed.counts).toMatchObject({ pages: 1, retries: 4, requests: scopeChecks + 6 });
    expect(await h.db.select().from(accounts).where(eq(accounts.sourceId, sourceId)).orderBy(asc(accounts.id))).toEqual(before);
    expect(await h.db.select().from(accountChanges).where(eq(accountChanges.runId, failedRun))).toHaveLength(0);

    registerJobHandler("aggregate-accounts", createAggregateAccountsHandler(fast));
    const retryRun = await createRun(h.db, sourceId);
    await runJob(h.db, "aggregate-accounts", { runId: retryRun, sourceId });
    expect((await getRun(h.db, retryRun))!.counts).toMatchObject({ deactivated: 1, added: 0, removed: 0, unchanged: listed() - 1 });
    await control.reactivateUser(victim.id);
  });

  it("redoes an apply the worker died in, converging on the same data and change record", async () => {
    const sourceId = await newSource();
    const baseline = await createRun(h.db, sourceId);
    await aggregateSource(context(baseline, sourceId).ctx, sourceId, fast);
    // Among the first ten listed, so the first attempt commits its deactivation before dying.
    const victim = sim.workspace.users.slice(0, 10).find((u) => u.role === "member" && !u.deleted && !u.invited)!;
    await control.deactivateUser(victim.id);
    await control.addUsers({ count: 2 });

    const runId = await createRun(h.db, sourceId);
    // Small transactions, and the "worker" dies after the second: part of the accounts are written.
    let chunks = 0;
    const crash: AggregationOptions["checkpoint"] = (step) => {
      if (step === "accounts-chunk-written" && ++chunks === 2) throw new Error("worker killed");
    };
    const opts: AggregationOptions = { ...fast, checkpoint: crash, applyChunkSize: 5 };
    await expect(aggregateSource(context(runId, sourceId).ctx, sourceId, opts)).rejects.toThrow("worker killed");
    const [half] = await h.db.select().from(accounts).where(and(eq(accounts.sourceId, sourceId), eq(accounts.nativeId, victim.id)));
    expect(half.isActive).toBe(false);
    expect(await h.db.select().from(accountChanges).where(eq(accountChanges.runId, runId))).toHaveLength(1);
    // pg-boss retries the same job: the same run id, against what the first attempt wrote.
    const outcome = await aggregateSource(context(runId, sourceId).ctx, sourceId, opts);
    expect(outcome.state).toBe("succeeded");
    expect(outcome.counts).toMatchObject({ added: 2, deactivated: 1, removed: 0, changed: 0, unchanged: listed() - 3 });
    const changes = await h.db.select().from(accountChanges).where(eq(accountChanges.runId, runId));
    expect(changes.map((c) => c.kind).sort()).toEqual(["added", "added", "deactivated"]);
    expect(changes.every((c) => c.accountId)).toBe(true);
    const links = await h.db.select().from(accountEntitlements).where(eq(accountEntitlements.sourceId, sourceId));
    expect(links.every((l) => l.runId === runId)).toBe(true);
    expect(links.filter((l) => changes.some((c) => c.accountId === l.accountId)).length).toBeGreaterThanOrEqual(3);
    expect(await accountIds(sourceId)).toEqual(expectedIds());
    await control.reactivateUser(victim.id);
  });

  it("stops between pages when cancelled, applying nothing", async () => {
    const sourceId = await newSource();
    const runId = await createRun(h.db, sourceId);
    let pagesSeen = 0;
    const { ctx } = context(runId, sourceId);
    const cancelling: JobContext = { ...ctx, progress: async (p) => { pagesSeen = Number(p.pagesDone ?? 0); await ctx.progress(p); }, isCancelled: async () => pagesSeen >= 2 };
    const outcome = await aggregateSource(cancelling, sourceId, fast);
    expect(outcome).toMatchObject({ state: "cancelled", counts: { pages: 2 } });
    expect(await accountIds(sourceId)).toEqual([]);
  });
});
