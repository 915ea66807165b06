import type { Db } from "@/db/client";
import { countChanges, mergeWithPriorAttempt, planAccounts, type AccountPlan, type ChangeCounts } from "./diff";
import { ROLE_ENTITLEMENTS } from "./roles";
import { CHUNK, loadStoredAccounts, markAccountsRemoved, upsertAccountChunk } from "./store-accounts";
import { linkChangesToAccounts, loadRunChanges, replaceRunChanges } from "./store-changes";
import { entitlementKey, markMissingGroupsRemoved, syncLinks, upsertEntitlements, type EntitlementInput, type Link } from "./store-entitlements";
import type { Listing } from "./types";

/** Points between apply steps; tests hook them to simulate a worker dying half-way. */
export type ApplyStep = "changes-written" | "entitlements-written" | "accounts-chunk-written" | "links-written";

export interface ApplyInput {
  db: Db;
  sourceId: string;
  runId: string;
  listing: Listing;
  now: Date;
  deleteThresholdPercent: number;
  report(message: string): Promise<void>;
  checkpoint?(step: ApplyStep): Promise<void> | void;
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

/**
 * Applies a complete listing in short statements, never inside a Slack call. Idempotent: a retry
 * after a crash recomputes the same plan against whatever the first attempt wrote, rewrites the run's
 * change rows (keeping the first attempt's record of what it changed) and converges on the same data.
 */
export async function applyListing(input: ApplyInput): Promise<ApplyResult> {
  const { db, sourceId, runId, listing, now } = input;
  const stored = await loadStoredAccounts(db, sourceId);
  const plan = planAccounts(listing.accounts, stored, now);
  const base = { groups: listing.groups.length, groupsRemoved: 0, entitlementLinks: 0 };

  if (exceedsThreshold(plan.removals.length, plan.currentCount, input.deleteThresholdPercent)) {
    const pending = plan.removals.map((r) => ({ accountId: r.id, nativeId: r.nativeId, kind: "pending_removal" as const, attributes: [] }));
    await replaceRunChanges(db, runId, sourceId, pending);
    await linkChangesToAccounts(db, runId, sourceId);
    const counts = { ...countChanges([], 0), ...base, unchanged: 0, pendingRemoval: pending.length };
    return { state: "threshold", counts, removals: pending.length, currentCount: plan.currentCount };
  }

  await input.report("Recording changes");
  const listed = new Set(listing.accounts.map((a) => a.nativeId));
  const changes = mergeWithPriorAttempt(plan.changes, await loadRunChanges(db, runId), listed);
  await replaceRunChanges(db, runId, sourceId, changes);
  await input.checkpoint?.("changes-written");

  const ids = await upsertEntitlements(db, sourceId, entitlementInputs(listing), now);
  await input.checkpoint?.("entitlements-written");

  for (let i = 0; i < plan.rows.length; i += CHUNK) {
    await upsertAccountChunk(db, sourceId, plan.rows.slice(i, i + CHUNK));
    await input.report(`Saving accounts (${Math.min(i + CHUNK, plan.rows.length).toLocaleString("en-US")} of ${plan.rows.length.toLocaleString("en-US")})`);
    await input.checkpoint?.("accounts-chunk-written");
  }
  await linkChangesToAccounts(db, runId, sourceId);

  await input.report("Saving group and role memberships");
  const links = await syncLinks(db, sourceId, runId, desiredLinks(plan, listing, ids));
  await input.checkpoint?.("links-written");

  await markAccountsRemoved(db, sourceId, plan.removals.map((r) => r.id), now);
  const groupsRemoved = await markMissingGroupsRemoved(db, sourceId, listing.groups.map((g) => g.nativeId), now);
  return { state: "applied", counts: { ...countChanges(changes, listing.accounts.length), ...base, groupsRemoved, entitlementLinks: links.total } };
}
