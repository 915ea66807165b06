import { describe, expect, it } from "vitest";
import { tokenFieldError } from "./token-field";

describe("tokenFieldError", () => {
  it("accepts a user token", () => {
    expect(tokenFieldError("xoxp-2208846101-2208846102-7811120000001-1a6f0d3c")).toBeNull();
  });
  it("rejects bot tokens with the remedy", () => {
    expect(tokenFieldError("xoxb-1-2-abc")).toMatch(/User OAuth Token \(xoxp-\) from Install App/);
  });
  it("rejects empty and malformed values", () => {
    expect(tokenFieldError("  ")).toMatch(/Paste/);
    expect(tokenFieldError("hello")).toMatch(/does not look like/);
    expect(tokenFieldError("xoxp-abc def-123456789")).toMatch(/spaces/);
  });
});
