import { z } from "zod";

/**
 * Correlation rules: ordered pairs "identity attribute = account attribute", the model the
 * commercial suites use (first rule that matches decides). This file is framework-free so the
 * matcher can be unit-tested without a database.
 */

export const accountAttributes = ["email", "user_name", "display_name", "real_name", "native_id"] as const;
export type AccountAttribute = (typeof accountAttributes)[number];

export const builtInIdentityAttributes = ["email", "employee_id", "name"] as const;
export type IdentityAttribute = (typeof builtInIdentityAttributes)[number] | `attribute:${string}`;

export interface CorrelationRule {
  identityAttribute: IdentityAttribute;
  accountAttribute: AccountAttribute;
  caseInsensitive: boolean;
}

/** Slack's natural key: the identity's work email equals the account's primary email. */
export const DEFAULT_RULES: readonly CorrelationRule[] = Object.freeze([
  Object.freeze({ identityAttribute: "email", accountAttribute: "email", caseInsensitive: true }),
]);

export const MAX_RULES = 10;

// Keys of identities.attributes come from CSV headers; keep them to a safe, readable alphabet.
const attributeKey = /^attribute:[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/;

export const identityAttributeSchema = z.custom<IdentityAttribute>(
  (v) => typeof v === "string" && ((builtInIdentityAttributes as readonly string[]).includes(v) || attributeKey.test(v)),
  { message: "Choose email, employee_id, name or attribute:<key>" },
);

export const correlationRuleSchema = z.object({
  identityAttribute: identityAttributeSchema,
  accountAttribute: z.enum(accountAttributes),
  caseInsensitive: z.boolean().default(true),
});

/** The same pair twice is redundant whatever its case flag, and would only confuse the UI. */
export const correlationRulesSchema = z
  .array(correlationRuleSchema)
  .min(1, "Keep at least one rule")
  .max(MAX_RULES, `At most ${MAX_RULES} rules`)
  .superRefine((rules, ctx) => {
    const seen = new Set<string>();
    rules.forEach((r, i) => {
      const key = `${r.identityAttribute}=${r.accountAttribute}`;
      if (seen.has(key)) ctx.addIssue({ code: "custom", path: [i], message: `Rule ${i + 1} repeats ${r.identityAttribute} = ${r.accountAttribute}` });
      seen.add(key);
    });
  });

export function parseRules(input: unknown): CorrelationRule[] {
  return correlationRulesSchema.parse(input);
}

/**
 * Normalises a value for comparison: trimmed, inner whitespace collapsed, NFC, lower-cased when
 * the rule says so. Empty and missing values return null and never match anything, otherwise
 * every account without an email would "match" every identity without one.
 */
export function normalizeValue(value: string | null | undefined, caseInsensitive: boolean): string | null {
  if (value == null) return null;
  const v = value.normalize("NFC").trim().replace(/\s+/g, " ");
  if (!v) return null;
  return caseInsensitive ? v.toLowerCase() : v;
}

/** The account columns a rule may compare; the correlation engine loads only these. */
export interface AccountValues {
  email: string | null;
  userName: string | null;
  displayName: string | null;
  realName: string | null;
  nativeId: string | null;
}

const accountField: Record<AccountAttribute, keyof AccountValues> = {
  email: "email",
  user_name: "userName",
  display_name: "displayName",
  real_name: "realName",
  native_id: "nativeId",
};

export function accountValue(account: AccountValues, attribute: AccountAttribute): string | null {
  return account[accountField[attribute]];
}

/** The identity columns a rule may compare. `attributes` holds only the keys the rules use. */
export interface IdentityValues {
  id: string;
  email?: string | null;
  employeeId?: string | null;
  name?: string | null;
  attributes?: Record<string, string | null | undefined>;
}

export function identityValue(identity: IdentityValues, attribute: IdentityAttribute): string | null {
  if (attribute === "email") return identity.email ?? null;
  if (attribute === "employee_id") return identity.employeeId ?? null;
  if (attribute === "name") return identity.name ?? null;
  const key = attribute.slice("attribute:".length);
  const v = identity.attributes?.[key];
  return typeof v === "string" ? v : null;
}

export type MatchResult =
  | { kind: "matched"; identityId: string; ruleIndex: number }
  | { kind: "ambiguous"; ruleIndex: number; candidates: string[] }
  | { kind: "none" };

/** Lookup from a (normalised) identity attribute value to the identities holding it. */
export interface IdentityIndex {
  lookup(rule: CorrelationRule, normalizedValue: string): readonly string[];
}

function indexKey(rule: Pick<CorrelationRule, "identityAttribute" | "caseInsensitive">): string {
  return `${rule.caseInsensitive ? "i" : "s"}:${rule.identityAttribute}`;
}

/**
 * Builds one map per (identity attribute, case mode) the rules need, so 50k identities cost a few
 * maps of strings rather than a query per account.
 */
export function buildIdentityIndex(identities: Iterable<IdentityValues>, rules: readonly CorrelationRule[]): IdentityIndex {
  const maps = new Map<string, Map<string, string[]>>();
  const wanted = rules.filter((r) => {
    const k = indexKey(r);
    if (maps.has(k)) return false;
    maps.set(k, new Map());
    return true;
  });
  for (const identity of identities) {
    for (const rule of wanted) {
      const v = normalizeValue(identityValue(identity, rule.identityAttribute), rule.caseInsensitive);
      if (v === null) continue;
      const map = maps.get(indexKey(rule))!;
      const ids = map.get(v);
      if (!ids) map.set(v, [identity.id]);
      else if (!ids.includes(identity.id)) ids.push(identity.id);
    }
  }
  return {
    lookup: (rule, value) => maps.get(indexKey(rule))?.get(value) ?? [],
  };
}

/**
 * Evaluates the rules in order. The first rule that finds any identity decides: one identity is a
 * match, two or more make the account ambiguous (it stays uncorrelated; an account is never
 * linked to two identities). Later rules are not consulted to break a tie, because a weaker rule
 * overruling a stronger one would link the wrong person silently.
 */
export function matchAccount(rules: readonly CorrelationRule[], account: AccountValues, index: IdentityIndex): MatchResult {
  for (let i = 0; i < rules.length; i++) {
    const rule = rules[i];
    const value = normalizeValue(accountValue(account, rule.accountAttribute), rule.caseInsensitive);
    if (value === null) continue;
    const found = index.lookup(rule, value);
    if (found.length === 1) return { kind: "matched", identityId: found[0], ruleIndex: i };
    if (found.length > 1) return { kind: "ambiguous", ruleIndex: i, candidates: [...found].sort() };
  }
  return { kind: "none" };
}
