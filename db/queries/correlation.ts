import { and, asc, count, eq, ilike, inArray, isNull, or, sql, type SQL } from "drizzle-orm";
import type { Db } from "@/db/client";
import { accounts, correlationRules, identities, settings } from "@/db/schema";
import { likePattern } from "@/lib/list-params";
import { correlationRuleSchema, DEFAULT_RULES, parseRules, type CorrelationRule } from "@/lib/correlation/rules";
import { readSummary, summaryKey, type CorrelationCounts, type StoredCorrelationSummary } from "@/lib/correlation/summary";

export class InvalidStoredRulesError extends Error {}

/** The source's rules in order, or the default (email = primary email) when none are stored. */
export async function getRules(db: Db, sourceId: string): Promise<{ rules: CorrelationRule[]; isDefault: boolean }> {
  const rows = await db
    .select({ identityAttribute: correlationRules.identityAttribute, accountAttribute: correlationRules.accountAttribute, caseInsensitive: correlationRules.caseInsensitive })
    .from(correlationRules)
    .where(eq(correlationRules.sourceId, sourceId))
    .orderBy(asc(correlationRules.position), asc(correlationRules.id));
  if (!rows.length) return { rules: DEFAULT_RULES.map((r) => ({ ...r })), isDefault: true };
  // saveRules validates, so this only trips on rows written around it; silently falling back to
  // the default would correlate differently from what the admin configured.
  const parsed = rows.map((r) => correlationRuleSchema.safeParse(r));
  if (parsed.some((p) => !p.success)) throw new InvalidStoredRulesError("The stored correlation rules are invalid; open the source's correlation settings and save them again.");
  return { rules: parsed.map((p) => p.data!), isDefault: false };
}

/** Validates and replaces the whole ordered list in one transaction; returns what was stored. */
export async function saveRules(db: Db, sourceId: string, input: unknown): Promise<CorrelationRule[]> {
  const rules = parseRules(input);
  await db.transaction(async (tx) => {
    await tx.delete(correlationRules).where(eq(correlationRules.sourceId, sourceId));
    await tx.insert(correlationRules).values(rules.map((r, position) => ({ sourceId, position, ...r })));
  });
  return rules;
}

export async function getStoredSummary(db: Db, sourceId: string): Promise<StoredCorrelationSummary | null> {
  const [row] = await db.select({ value: settings.value }).from(settings).where(eq(settings.key, summaryKey(sourceId)));
  return row ? readSummary(row.value) : null;
}

export async function saveStoredSummary(db: Db, sourceId: string, summary: StoredCorrelationSummary): Promise<void> {
  const now = new Date();
  await db
    .insert(settings)
    .values({ key: summaryKey(sourceId), value: summary, updatedAt: now })
    .onConflictDoUpdate({ target: settings.key, set: { value: summary, updatedAt: now } });
}

export interface UncorrelatedQuery {
  q?: string;
  page: number;
  pageSize: number;
  /** Only the accounts the latest run found ambiguous (as far as the stored list of 1000 goes). */
  ambiguousOnly?: boolean;
}

export interface UncorrelatedRow {
  id: string;
  nativeId: string;
  userName: string | null;
  displayName: string | null;
  realName: string | null;
  email: string | null;
  accountType: string;
  isBot: boolean;
  /** A person marked this account "no identity"; automatic correlation leaves it alone. */
  markedNoIdentity: boolean;
  ambiguous: boolean;
  candidates: { id: string; name: string; email: string }[];
}

/** Non-removed accounts without an identity, flagged ambiguous from the latest stored run. */
export async function listUncorrelated(db: Db, sourceId: string, query: UncorrelatedQuery): Promise<{ rows: UncorrelatedRow[]; total: number }> {
  const summary = await getStoredSummary(db, sourceId);
  const ambiguous = new Map((summary?.ambiguous ?? []).map((a) => [a.accountId, a.candidates]));
  const filters: SQL[] = [eq(accounts.sourceId, sourceId), isNull(accounts.removedAt), isNull(accounts.identityId)];
  const q = query.q?.trim();
  if (q) {
    const p = likePattern(q);
    filters.push(or(ilike(accounts.email, p), ilike(accounts.userName, p), ilike(accounts.displayName, p), ilike(accounts.realName, p), ilike(accounts.nativeId, p))!);
  }
  if (query.ambiguousOnly) {
    if (!ambiguous.size) return { rows: [], total: 0 };
    filters.push(inArray(accounts.id, [...ambiguous.keys()]));
  }
  const where = and(...filters);
  const [rows, [{ total }]] = await Promise.all([
    db
      .select({
        id: accounts.id,
        nativeId: accounts.nativeId,
        userName: accounts.userName,
        displayName: accounts.displayName,
        realName: accounts.realName,
        email: accounts.email,
        accountType: accounts.accountType,
        isBot: accounts.isBot,
        correlation: accounts.correlation,
      })
      .from(accounts)
      .where(where)
      // id breaks ties so pages never repeat or skip a row.
      .orderBy(asc(sql`lower(coalesce(${accounts.realName}, ${accounts.displayName}, ${accounts.userName}, ${accounts.nativeId}))`), asc(accounts.id))
      .limit(query.pageSize)
      .offset((Math.max(1, query.page) - 1) * query.pageSize),
    db.select({ total: count() }).from(accounts).where(where),
  ]);
  const candidateIds = [...new Set(rows.flatMap((r) => ambiguous.get(r.id) ?? []))];
  const people = candidateIds.length
    ? await db.select({ id: identities.id, name: identities.name, email: identities.email }).from(identities).where(inArray(identities.id, candidateIds))
    : [];
  const byId = new Map(people.map((p) => [p.id, p]));
  return {
    total: Number(total),
    rows: rows.map(({ correlation, ...r }) => {
      const ids = ambiguous.get(r.id);
      return {
        ...r,
        markedNoIdentity: correlation === "manual",
        ambiguous: !!ids,
        // An identity deleted since the run is simply no longer a candidate.
        candidates: (ids ?? []).flatMap((id) => (byId.has(id) ? [byId.get(id)!] : [])),
      };
    }),
  };
}

export interface CorrelationOverview {
  /** Live figures over non-removed accounts. */
  live: {
    accounts: number;
    autoCorrelated: number;
    manualCorrelated: number;
    /** identity_id null, including those marked "no identity". */
    uncorrelated: number;
    markedNoIdentity: number;
    /** What "create identities for all uncorrelated humans" considers (before skipping ambiguous ones). */
    uncorrelatedHumans: number;
  };
  lastRun: { at: string; counts: CorrelationCounts } | null;
}

export async function correlationSummary(db: Db, sourceId: string): Promise<CorrelationOverview> {
  const n = (cond: SQL) => sql<number>`count(*) filter (where ${cond})`.mapWith(Number);
  const [[live], stored] = await Promise.all([
    db
      .select({
        accounts: count().mapWith(Number),
        autoCorrelated: n(sql`${accounts.correlation} = 'auto' and ${accounts.identityId} is not null`),
        manualCorrelated: n(sql`${accounts.correlation} = 'manual' and ${accounts.identityId} is not null`),
        uncorrelated: n(sql`${accounts.identityId} is null`),
        markedNoIdentity: n(sql`${accounts.correlation} = 'manual' and ${accounts.identityId} is null`),
        uncorrelatedHumans: n(sql`${accounts.identityId} is null and ${accounts.correlation} is null and ${accounts.accountType} = 'human' and not ${accounts.isBot} and ${accounts.isActive}`),
      })
      .from(accounts)
      .where(and(eq(accounts.sourceId, sourceId), isNull(accounts.removedAt))),
    getStoredSummary(db, sourceId),
  ]);
  return { live, lastRun: stored ? { at: stored.at, counts: stored.counts } : null };
}
