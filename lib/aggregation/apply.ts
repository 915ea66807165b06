import type { Db } from "@/db/client";
import { countChanges, mergeWithPriorAttempt, planAccounts, type AccountPlan, type ChangeCounts } from "./diff";
import { ROLE_ENTITLEMENTS } from "./roles";
import { CHUNK, loadStoredAccounts, markAccountsRemoved, upsertAccountChunk } from "./store-accounts";
import { loadRunChanges, writeChanges } from "./store-changes";
import { entitlementKey, markMissingGroupsRemoved, syncLinks, upsertEntitlements, type EntitlementInput, type Link } from "./store-entitlements";
import type { Listing } from "./types";

/** Points between apply steps; tests hook them to simulate a worker dying half-way. */
export type ApplyStep = "entitlements-written" | "accounts-chunk-written" | "links-written";

export interface ApplyInput {
  db: Db;
  sourceId: string;
  runId: string;
  listing: Listing;
  now: Date;
  deleteThresholdPercent: number;
  report(message: string): Promise<void>;
  checkpoint?(step: ApplyStep): Promise<void> | void;
  /** Accounts per transaction; default CHUNK. */
  chunkSize?: number;
}

export type ApplyCounts = ChangeCounts & { groups: number; groupsRemoved: number; entitlementLinks: number };

export type ApplyResult =
  | { state: "applied"; counts: ApplyCounts }
  /** Removals above the delete threshold: nothing applied, pending_removal rows written. */
  | { state: "threshold"; counts: ApplyCounts & { pendingRemoval: number }; removals: number; currentCount: number };

function entitlementInputs(listing: Listing): EntitlementInput[] {
  const roles: EntitlementInput[] = ROLE_ENTITLEMENTS.map((r) => ({ kind: "role", nativeId: r.role, name: r.name, description: r.description, raw: {} }));
  const groups: EntitlementInput[] = listing.groups.map((g) => ({ kind: "group", nativeId: g.nativeId, name: g.name, description: g.description, raw: g.raw }));
  return [...roles, ...groups];
}

/** Every link the listing confirms: each account's role, and its groups (members outside the listing are skipped). */
function desiredLinks(plan: AccountPlan, listing: Listing, ids: Map<string, string>): Link[] {
  const accountIds = new Map(plan.rows.map((r) => [r.nativeId, r.id]));
  const links: Link[] = plan.rows.map((r) => [r.id, ids.get(entitlementKey("role", r.role))!] as const);
  for (const g of listing.groups) {
    const groupId = ids.get(entitlementKey("group", g.nativeId))!;
    for (const member of new Set(g.members)) {
      const accountId = accountIds.get(member);
      if (accountId) links.push([accountId, groupId]);
    }
  }
  return links;
}

function exceedsThreshold(removals: number, current: number, thresholdPercent: number): boolean {
  return removals > 0 && current > 0 && (removals / current) * 100 > thresholdPercent;
}

/** The removal of accounts held back at the threshold: recorded as pending, nothing else applied. */
async function holdRemovals(input: ApplyInput, plan: AccountPlan): Promise<ApplyResult> {
  const { db, runId, sourceId } = input;
  const pending = new Map(plan.removals.map((r) => [r.nativeId, { accountId: r.id, nativeId: r.nativeId, kind: "pending_removal" as const, attributes: [] }]));
  const prior = new Map((await loadRunChanges(db, runId)).map((c) => [c.nativeId, c]));
  const natives = [...new Set([...pending.keys(), ...prior.keys()])];
  // Chunked, not one transaction: a retry rewrites the same pending set, whatever an attempt left.
  for (let i = 0; i < natives.length; i += CHUNK) await writeChanges(db, runId, sourceId, natives.slice(i, i + CHUNK), pending, prior);
  const counts = { ...countChanges([], 0), groups: input.listing.groups.length, groupsRemoved: 0, entitlementLinks: 0, pendingRemoval: pending.size };
  return { state: "threshold", counts, removals: pending.size, currentCount: plan.currentCount };
}

/**
 * Applies a complete listing in short transactions, never inside a Slack call. Each transaction writes
 * up to CHUNK accounts together with their change rows. Idempotent: a retry after a crash plans again
 * against whatever the first attempt committed, keeps that attempt's change rows for the accounts it
 * already wrote (they now look unchanged), and converges on the same data.
 */
export async function applyListing(input: ApplyInput): Promise<ApplyResult> {
  const { db, sourceId, runId, listing, now } = input;
  const plan = planAccounts(listing.accounts, await loadStoredAccounts(db, sourceId), now);
  if (exceedsThreshold(plan.removals.length, plan.currentCount, input.deleteThresholdPercent)) return holdRemovals(input, plan);

  await input.report("Saving groups and roles");
  const listed = new Set(listing.accounts.map((a) => a.nativeId));
  const prior = new Map((await loadRunChanges(db, runId)).map((c) => [c.nativeId, c]));
  const changes = mergeWithPriorAttempt(plan.changes, [...prior.values()], listed);
  const wanted = new Map(changes.map((c) => [c.nativeId, c]));
  const ids = await upsertEntitlements(db, sourceId, entitlementInputs(listing), now);
  await input.checkpoint?.("entitlements-written");

  const chunkSize = input.chunkSize ?? CHUNK;
  for (let i = 0; i < plan.rows.length; i += chunkSize) {
    const rows = plan.rows.slice(i, i + chunkSize);
    await db.transaction(async (tx) => {
      await upsertAccountChunk(tx, sourceId, rows);
      await writeChanges(tx, runId, sourceId, rows.map((r) => r.nativeId), wanted, prior);
    });
    await input.report(`Saving accounts (${(i + rows.length).toLocaleString("en-US")} of ${plan.rows.length.toLocaleString("en-US")})`);
    await input.checkpoint?.("accounts-chunk-written");
  }

  await input.report("Saving group and role memberships");
  const links = await syncLinks(db, sourceId, runId, desiredLinks(plan, listing, ids));
  await input.checkpoint?.("links-written");

  for (let i = 0; i < plan.removals.length; i += chunkSize) {
    const chunk = plan.removals.slice(i, i + chunkSize);
    await db.transaction(async (tx) => {
      await markAccountsRemoved(tx, sourceId, chunk.map((r) => r.id), now);
      await writeChanges(tx, runId, sourceId, chunk.map((r) => r.nativeId), wanted, prior);
    });
  }
  // Accounts an earlier attempt recorded that neither loop above covered (writeChanges keeps valid ones).
  const removing = new Set(plan.removals.map((r) => r.nativeId));
  const stale = [...prior.keys()].filter((n) => !listed.has(n) && !removing.has(n));
  if (stale.length) await db.transaction((tx) => writeChanges(tx, runId, sourceId, stale, wanted, prior));
  const groupsRemoved = await markMissingGroupsRemoved(db, sourceId, listing.groups.map((g) => g.nativeId), now);
  const counts = { ...countChanges(changes, listing.accounts.length), groups: listing.groups.length, groupsRemoved, entitlementLinks: links.total };
  return { state: "applied", counts };
}
