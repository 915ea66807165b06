import type { Db } from "@/db/client";
import { getRules, saveStoredSummary } from "@/db/queries/correlation";
import { applyAutoLinks, removeAutoLinks, type Link } from "./apply";
import { loadAccountsForCorrelation, loadIdentityValues } from "./load";
import { buildIdentityIndex, matchAccount } from "./rules";
import { AMBIGUOUS_CAP, emptyCounts, type AmbiguousAccount, type CorrelationCounts } from "./summary";

export type CorrelateSourceResult = CorrelationCounts & {
  /** Every ambiguous account of this run (the stored summary keeps only the first 1000). */
  ambiguousAccounts: AmbiguousAccount[];
};

/**
 * Automatic correlation of one source. Representation of an account's link:
 *   correlation null,     identity null → uncorrelated; every run evaluates it
 *   correlation 'auto',   identity set  → linked by a rule; every run re-checks it and removes the
 *                                         link when it no longer holds (email changed, ambiguous)
 *   correlation 'manual', identity set  → a person linked it; runs never touch it
 *   correlation 'manual', identity null → a person said "no identity"; runs never touch it
 * Removed accounts keep whatever link they had, as history.
 */
export async function correlateSource(db: Db, sourceId: string, opts: { now?: Date } = {}): Promise<CorrelateSourceResult> {
  const now = opts.now ?? new Date();
  const { rules } = await getRules(db, sourceId);
  const accounts = await loadAccountsForCorrelation(db, sourceId);
  const counts = emptyCounts();
  const toEvaluate = accounts.filter((a) => {
    if (a.correlation !== "manual") return true;
    counts.manualKept++;
    return false;
  });
  // Nothing to evaluate means no reason to pull every identity into memory.
  const index = buildIdentityIndex(toEvaluate.length ? await loadIdentityValues(db, rules) : [], rules);

  const links: Link[] = [];
  const unlinks: string[] = [];
  const ambiguousAccounts: AmbiguousAccount[] = [];
  for (const account of toEvaluate) {
    const result = matchAccount(rules, account, index);
    if (result.kind === "matched") {
      if (account.correlation === "auto" && account.identityId === result.identityId) counts.alreadyCorrelated++;
      else {
        links.push({ accountId: account.id, identityId: result.identityId });
        counts.correlated++;
      }
      continue;
    }
    if (result.kind === "ambiguous") {
      counts.ambiguous++;
      ambiguousAccounts.push({ accountId: account.id, candidates: result.candidates });
    } else {
      counts.uncorrelated++;
    }
    // An ambiguous account loses its automatic link too: never guess between two people.
    if (account.identityId !== null || account.correlation !== null) {
      unlinks.push(account.id);
      if (account.identityId !== null) counts.unlinked++;
    }
  }

  await applyAutoLinks(db, links, now);
  await removeAutoLinks(db, unlinks);
  await saveStoredSummary(db, sourceId, { at: now.toISOString(), counts, ambiguous: ambiguousAccounts.slice(0, AMBIGUOUS_CAP) });
  return { ...counts, ambiguousAccounts };
}

/** The numeric part of a result, e.g. for job_runs.counts. */
export function correlationCounts(result: CorrelateSourceResult): CorrelationCounts {
  const { ambiguousAccounts: _ambiguous, ...counts } = result;
  return counts;
}
