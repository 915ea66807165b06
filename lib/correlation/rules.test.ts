import { describe, expect, it } from "vitest";
import { buildIdentityIndex, correlationRulesSchema, DEFAULT_RULES, matchAccount, normalizeValue, parseRules, type AccountValues, type CorrelationRule, type IdentityValues } from "./rules";

const account = (v: Partial<AccountValues>): AccountValues => ({ email: null, userName: null, displayName: null, realName: null, nativeId: "U1", ...v });

const people: IdentityValues[] = [
  { id: "i-ada", email: "Ada@Corp.test", employeeId: "E1", name: "Ada Lovelace", attributes: { slack: "ada" } },
  { id: "i-bob", email: "bob@corp.test", employeeId: "E2", name: "Bob Smith", attributes: {} },
  { id: "i-bob2", email: "bob.smith@corp.test", employeeId: "E2", name: "Bob  Smith", attributes: {} },
  { id: "i-eve", email: "eve@corp.test", employeeId: "", name: "Eve", attributes: { slack: "  " } },
];

const rules = (...r: [CorrelationRule["identityAttribute"], CorrelationRule["accountAttribute"], boolean?][]): CorrelationRule[] =>
  r.map(([identityAttribute, accountAttribute, caseInsensitive = true]) => ({ identityAttribute, accountAttribute, caseInsensitive }));

const match = (rs: readonly CorrelationRule[], a: AccountValues) => matchAccount(rs, a, buildIdentityIndex(people, rs));

describe("matchAccount", () => {
  it("matches the default rule exactly", () => {
    expect(match(DEFAULT_RULES, account({ email: "bob@corp.test" }))).toEqual({ kind: "matched", identityId: "i-bob", ruleIndex: 0 });
  });

  it("matches emails that differ only in case and surrounding space", () => {
    expect(match(DEFAULT_RULES, account({ email: " ADA@corp.TEST " }))).toEqual({ kind: "matched", identityId: "i-ada", ruleIndex: 0 });
  });

  it("respects a case-sensitive rule", () => {
    const strict = rules(["email", "email", false]);
    expect(match(strict, account({ email: "ada@corp.test" }))).toEqual({ kind: "none" });
    expect(match(strict, account({ email: "Ada@Corp.test" }))).toMatchObject({ kind: "matched", identityId: "i-ada" });
  });

  it("reports 2+ identities as ambiguous with sorted candidates, never a match", () => {
    expect(match(rules(["employee_id", "native_id"]), account({ nativeId: "E2" }))).toEqual({ kind: "ambiguous", ruleIndex: 0, candidates: ["i-bob", "i-bob2"] });
    // Names compare with inner whitespace collapsed, so "Bob  Smith" and "Bob Smith" collide too.
    expect(match(rules(["name", "real_name"]), account({ realName: "bob smith" }))).toMatchObject({ kind: "ambiguous", candidates: ["i-bob", "i-bob2"] });
  });

  it("does not let a later rule break a tie of an earlier one", () => {
    const rs = rules(["name", "real_name"], ["email", "email"]);
    expect(match(rs, account({ realName: "Bob Smith", email: "bob@corp.test" }))).toMatchObject({ kind: "ambiguous", ruleIndex: 0 });
  });

  it("returns none for an orphan account", () => {
    expect(match(DEFAULT_RULES, account({ email: "ghost@corp.test" }))).toEqual({ kind: "none" });
  });

  it("never matches empty or blank values, on either side", () => {
    expect(match(DEFAULT_RULES, account({ email: "" }))).toEqual({ kind: "none" });
    expect(match(DEFAULT_RULES, account({ email: null }))).toEqual({ kind: "none" });
    expect(match(rules(["employee_id", "user_name"]), account({ userName: "" }))).toEqual({ kind: "none" });
    expect(match(rules(["attribute:slack", "user_name"]), account({ userName: "   " }))).toEqual({ kind: "none" });
  });

  it("evaluates rules in order: the first rule with a match decides, empty values fall through", () => {
    const rs = rules(["attribute:slack", "user_name"], ["email", "email"]);
    expect(match(rs, account({ userName: "ada", email: "bob@corp.test" }))).toEqual({ kind: "matched", identityId: "i-ada", ruleIndex: 0 });
    expect(match(rs, account({ userName: "nobody", email: "bob@corp.test" }))).toEqual({ kind: "matched", identityId: "i-bob", ruleIndex: 1 });
    expect(match(rs, account({ userName: null, email: "bob@corp.test" }))).toEqual({ kind: "matched", identityId: "i-bob", ruleIndex: 1 });
  });

  it("lets several accounts match the same identity", () => {
    const index = buildIdentityIndex(people, DEFAULT_RULES);
    expect(matchAccount(DEFAULT_RULES, account({ nativeId: "U1", email: "eve@corp.test" }), index)).toMatchObject({ identityId: "i-eve" });
    expect(matchAccount(DEFAULT_RULES, account({ nativeId: "U2", email: "EVE@corp.test" }), index)).toMatchObject({ identityId: "i-eve" });
  });
});

describe("rule validation", () => {
  it("accepts the default and attribute:<key> rules, filling caseInsensitive", () => {
    expect(parseRules([...DEFAULT_RULES])).toEqual([...DEFAULT_RULES]);
    expect(parseRules([{ identityAttribute: "attribute:slack_id", accountAttribute: "native_id" }])).toEqual([{ identityAttribute: "attribute:slack_id", accountAttribute: "native_id", caseInsensitive: true }]);
  });

  it("rejects unknown attributes, empty and oversized lists, duplicates", () => {
    const ok = { identityAttribute: "email", accountAttribute: "email", caseInsensitive: true };
    expect(correlationRulesSchema.safeParse([]).success).toBe(false);
    expect(correlationRulesSchema.safeParse([{ ...ok, identityAttribute: "phone" }]).success).toBe(false);
    expect(correlationRulesSchema.safeParse([{ ...ok, identityAttribute: "attribute:" }]).success).toBe(false);
    expect(correlationRulesSchema.safeParse([{ ...ok, accountAttribute: "emails" }]).success).toBe(false);
    expect(correlationRulesSchema.safeParse([ok, { ...ok, caseInsensitive: false }]).success).toBe(false);
    const eleven = Array.from({ length: 11 }, (_, i) => ({ ...ok, identityAttribute: `attribute:k${i}` }));
    expect(correlationRulesSchema.safeParse(eleven).success).toBe(false);
    expect(correlationRulesSchema.safeParse(eleven.slice(0, 10)).success).toBe(true);
  });
});

describe("normalizeValue", () => {
  it("trims, collapses whitespace, lower-cases on request and maps blanks to null", () => {
    expect(normalizeValue("  Ada   Lovelace ", true)).toBe("ada lovelace");
    expect(normalizeValue("Ada", false)).toBe("Ada");
    expect(normalizeValue(" \t ", true)).toBeNull();
    expect(normalizeValue(undefined, true)).toBeNull();
  });
});
