import { describe, expect, it } from "vitest";
import { checkTokenShape } from "./token-shape";

const USER = "xoxp-2208846101-2208846102-7811120000001-1a6f0d3c5b8e4a92c7d1e3f5a7b9c0d2";

describe("checkTokenShape", () => {
  it("accepts a user token and trims copy-paste whitespace", () => {
    expect(checkTokenShape(USER)).toEqual({ ok: true, token: USER });
    expect(checkTokenShape(`  ${USER}\n`)).toEqual({ ok: true, token: USER });
  });
  it("rejects a bot token, pointing at the User OAuth Token", () => {
    const r = checkTokenShape("xoxb-2208846101-7811120000101-Jx4T9qLw2ZsN8vRk5mYc3HdA");
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.reason).toBe("bot");
      expect(r.remedy).toMatch(/User OAuth Token \(xoxp-\) from Install App/);
    }
  });
  it.each([
    ["", "empty"],
    ["   ", "empty"],
    ["hello", "malformed"],
    ["xoxp-", "malformed"],
    ["xoxp-abc", "malformed"],
    ["xoxp-2208846101 2208846102-7811120000001-1a6f0d3c", "malformed"],
    ["xoxp-2208846101-2208846102-78111200000@1-1a6f0d3c", "malformed"],
    ["xoxe-1-abcdefghijklmnopqrstuvwxyz", "other_type"],
    ["xapp-1-A0123-4567-abcdef0123456789", "other_type"],
  ])("rejects %j as %s", (token, reason) => {
    const r = checkTokenShape(token);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toBe(reason);
  });
  it("never echoes the token", () => {
    for (const t of ["xoxb-1234-5678-secretsecret", "xoxp-1234 5678-secret", "notatoken-secret-value"]) {
      const r = checkTokenShape(t);
      if (!r.ok) expect(`${r.message} ${r.remedy}`).not.toContain("secret");
    }
  });
});
