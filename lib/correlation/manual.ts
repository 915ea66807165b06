import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { accounts, identities } from "@/db/schema";

/**
 * A person's correlation decisions. They are stored with correlation = 'manual', which automatic
 * correlation never touches, so they survive re-aggregation and re-correlation:
 *   'manual' + identity  → "this account belongs to this person"
 *   'manual' + null      → "this account belongs to no identity" (shared, test or service account)
 * resetToAutomatic hands the account back to the rules (correlation null), and the next run decides.
 * Each function returns before/after so the caller can write the audit event.
 */

export interface CorrelationState {
  identityId: string | null;
  correlation: string | null;
  correlatedAt: Date | null;
}

export interface CorrelationChange {
  accountId: string;
  sourceId: string;
  /** Something a person recognises in the audit trail: email, name or Slack id. */
  accountLabel: string;
  before: CorrelationState;
  after: CorrelationState;
}

export class CorrelationTargetNotFoundError extends Error {
  constructor(readonly target: "account" | "identity") {
    super(target === "account" ? "That account does not exist." : "That identity does not exist.");
  }
}

export interface ManualOptions {
  now?: Date;
  /** The source the caller authorised; an account of any other source reads as not found. */
  sourceId?: string;
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

async function setCorrelation(
  db: Db,
  accountId: string,
  next: { identityId: string | null; correlation: "manual" | null },
  opts: ManualOptions,
): Promise<CorrelationChange> {
  const now = opts.now ?? new Date();
  if (!uuidPattern.test(accountId)) throw new CorrelationTargetNotFoundError("account");
  if (next.identityId !== null && !uuidPattern.test(next.identityId)) throw new CorrelationTargetNotFoundError("identity");
  return db.transaction(async (tx) => {
    // Row lock: a concurrent correlation run or a second click cannot interleave with our read.
    const [account] = await tx
      .select({
        id: accounts.id,
        sourceId: accounts.sourceId,
        identityId: accounts.identityId,
        correlation: accounts.correlation,
        correlatedAt: accounts.correlatedAt,
        email: accounts.email,
        realName: accounts.realName,
        displayName: accounts.displayName,
        nativeId: accounts.nativeId,
      })
      .from(accounts)
      .where(eq(accounts.id, accountId))
      .for("update");
    if (!account || (opts.sourceId !== undefined && account.sourceId !== opts.sourceId)) throw new CorrelationTargetNotFoundError("account");
    if (next.identityId !== null) {
      const [identity] = await tx.select({ id: identities.id }).from(identities).where(eq(identities.id, next.identityId));
      if (!identity) throw new CorrelationTargetNotFoundError("identity");
    }
    const correlatedAt = next.correlation === null ? null : now;
    await tx.update(accounts).set({ identityId: next.identityId, correlation: next.correlation, correlatedAt }).where(eq(accounts.id, accountId));
    return {
      accountId,
      sourceId: account.sourceId,
      accountLabel: account.email ?? account.realName ?? account.displayName ?? account.nativeId,
      before: { identityId: account.identityId, correlation: account.correlation, correlatedAt: account.correlatedAt },
      after: { identityId: next.identityId, correlation: next.correlation, correlatedAt },
    };
  });
}

/** Links the account to the identity and pins the link against automatic correlation. */
export function correlateManually(db: Db, accountId: string, identityId: string, opts: ManualOptions = {}): Promise<CorrelationChange> {
  return setCorrelation(db, accountId, { identityId, correlation: "manual" }, opts);
}

/** Unlinks the account and records "no identity" so automatic correlation does not relink it. */
export function uncorrelate(db: Db, accountId: string, opts: ManualOptions = {}): Promise<CorrelationChange> {
  return setCorrelation(db, accountId, { identityId: null, correlation: "manual" }, opts);
}

/** Forgets a manual decision; the account is uncorrelated until the next automatic run. */
export function resetToAutomatic(db: Db, accountId: string, opts: ManualOptions = {}): Promise<CorrelationChange> {
  return setCorrelation(db, accountId, { identityId: null, correlation: null }, opts);
}
