import { describe, expect, it } from "vitest";
import { redactDetails } from "./redact";

describe("redactDetails", () => {
  it("drops secret-looking keys at any depth", () => {
    expect(redactDetails({ name: "a", password: "hunter2", nested: { accessToken: "x", ok: 1 } })).toEqual({
      name: "a",
      password: "[redacted]",
      nested: { accessToken: "[redacted]", ok: 1 },
    });
  });
  it("masks Slack tokens inside free text", () => {
    expect(redactDetails({ message: "bad token xoxp-123-456-abc given" })).toEqual({ message: "bad token [redacted] given" });
  });
});
