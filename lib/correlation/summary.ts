/**
 * The latest correlation result of a source, kept in `settings` because accounts have no column
 * for "ambiguous": the UI reads it to flag ambiguous accounts and show their candidates.
 */

export interface CorrelationCounts {
  /** Accounts linked (or re-linked to another identity) by this run. */
  correlated: number;
  /** Accounts whose automatic link was already right. */
  alreadyCorrelated: number;
  /** Accounts a person correlated or uncorrelated; automatic correlation never touches them. */
  manualKept: number;
  /** Accounts whose deciding rule found 2+ identities; they stay uncorrelated. */
  ambiguous: number;
  /** Accounts no rule matched. */
  uncorrelated: number;
  /** Of ambiguous + uncorrelated: accounts whose previous automatic link this run removed. */
  unlinked: number;
}

export interface AmbiguousAccount {
  accountId: string;
  /** Identity ids, sorted. */
  candidates: string[];
}

export interface StoredCorrelationSummary {
  /** ISO timestamp of the run. */
  at: string;
  counts: CorrelationCounts;
  /** At most AMBIGUOUS_CAP entries; `counts.ambiguous` has the true number. */
  ambiguous: AmbiguousAccount[];
}

export const AMBIGUOUS_CAP = 1000;

export function summaryKey(sourceId: string): string {
  return `correlation:${sourceId}`;
}

export function emptyCounts(): CorrelationCounts {
  return { correlated: 0, alreadyCorrelated: 0, manualKept: 0, ambiguous: 0, uncorrelated: 0, unlinked: 0 };
}

/** Settings hold unknown JSON; anything that does not look like a summary reads as "no run yet". */
export function readSummary(value: unknown): StoredCorrelationSummary | null {
  if (!value || typeof value !== "object") return null;
  const v = value as Partial<StoredCorrelationSummary>;
  if (typeof v.at !== "string" || !v.counts || typeof v.counts !== "object" || !Array.isArray(v.ambiguous)) return null;
  const ambiguous = v.ambiguous.filter(
    (a): a is AmbiguousAccount => !!a && typeof a.accountId === "string" && Array.isArray(a.candidates) && a.candidates.every((c) => typeof c === "string"),
  );
  return { at: v.at, counts: { ...emptyCounts(), ...v.counts }, ambiguous };
}
