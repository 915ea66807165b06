import { describe, expect, it } from "vitest";
import { defaultDormancyThresholds, dormancyThresholdsSchema } from "./dormancy";

describe("dormancy thresholds", () => {
  it("defaults to members 30, guests 30, admins and owners 14", () => {
    expect(defaultDormancyThresholds).toEqual({ member: 30, guest: 30, privileged: 14 });
  });
  it("rejects nonsense with a message naming the type", () => {
    const r = dormancyThresholdsSchema.safeParse({ member: "0", guest: "abc", privileged: "400" });
    expect(r.success).toBe(false);
    const messages = r.error!.issues.map((i) => i.message).join(" | ");
    expect(messages).toMatch(/Members: at least 1 day/);
    expect(messages).toMatch(/Guests/);
    expect(messages).toMatch(/Admins and owners: at most 365/);
  });
});
