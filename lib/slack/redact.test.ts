import { describe, expect, it } from "vitest";
import { REDACTED, scrubTokens } from "./redact";

describe("scrubTokens", () => {
  it("removes every Slack token shape", () => {
    const text = "a xoxp-1-2-3-abc b xoxb-9-8-zz c xoxa-2-q d xoxr-x e xoxs-y f xoxo-z g xoxe.xoxp-1-abc h xapp-1-A-2-f";
    const out = scrubTokens(text);
    expect(out).not.toMatch(/xox[a-z.]*-[A-Za-z0-9]|xapp-[A-Za-z0-9]/);
    expect(out.split(REDACTED)).toHaveLength(9);
  });
  it("catches tokens glued to other text and keeps guidance such as 'xoxp-'", () => {
    expect(scrubTokens("Bearer=xoxp-123-456")).toBe(`Bearer=${REDACTED}`);
    expect(scrubTokens("starts with xoxp- (user token)")).toBe("starts with xoxp- (user token)");
  });
  it("removes exact secrets of any shape", () => {
    expect(scrubTokens("value hunter2hunter2 here", ["hunter2hunter2"])).toBe(`value ${REDACTED} here`);
  });
});
