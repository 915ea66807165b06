import { describe, expect, it } from "vitest";
import { linkedSourceOutcome } from "./linked-source";

const ID = "6f1c2a8e-4b7d-4c1e-9a3f-2d5e8b0c7a14";
const source = (over: Partial<{ status: string; teamId: string | null }> = {}) => ({ id: ID, name: "Slack prod", status: "healthy", teamId: "T1", ...over });

describe("linkedSourceOutcome", () => {
  it("passes for a healthy Slack source of the same workspace", () => {
    expect(linkedSourceOutcome(ID, "T1", [source()])).toMatchObject({ status: "passed" });
  });
  it("warns, saying why, in every other case", () => {
    const cases: Array<[string | null, ReturnType<typeof source>[], RegExp]> = [
      [null, [source()], /No Slack source is linked/],
      [ID, [], /no longer exists/],
      [ID, [source({ teamId: "T2" })], /another workspace/],
      [ID, [source({ status: "failing" })], /not been tested healthy/],
      [ID, [source({ teamId: null, status: "new" })], /not been tested healthy/],
    ];
    for (const [linked, sources, why] of cases) {
      const outcome = linkedSourceOutcome(linked, "T1", sources);
      expect(outcome.status).toBe("warning");
      expect(outcome.message).toMatch(why);
      expect(outcome.message).toMatch(/cannot be attributed to identities/);
      expect(outcome.remedy).toBeTruthy();
    }
  });
});
