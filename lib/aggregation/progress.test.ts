import { describe, expect, it } from "vitest";
import { ProgressReporter, REQUESTS_PER_MINUTE } from "./progress";
import { emptyStats } from "./types";

describe("ProgressReporter", () => {
  it("estimates the time left from Slack's rate tier when pages come faster than it allows", async () => {
    const written: Array<Record<string, unknown>> = [];
    const stats = emptyStats();
    let clock = 0;
    const p = new ProgressReporter({ write: async (x) => void written.push(x), stats, perMinute: REQUESTS_PER_MINUTE.webapi, pageSize: 200, now: () => clock });
    p.setTotal(1000, true);
    stats.pages = 1;
    stats.requests = 1;
    clock = 100;
    await p.accountsListed(200);
    // 4 account pages + 1 group call left, at Tier 2's 3 s per call.
    expect(written[0]).toMatchObject({ phase: "listing", pagesDone: 1, items: 200, totalItems: 1000, totalEstimated: true, requests: 1, etaSeconds: 15 });
    await p.rateLimitWait(30);
    expect(written[1]).toMatchObject({ waitingForRateLimit: 30, message: "waiting for Slack rate limit (30 s)" });
  });

  it("uses the observed pace when it is slower than the tier, and drops the estimate while applying", async () => {
    const written: Array<Record<string, unknown>> = [];
    const stats = emptyStats();
    let clock = 0;
    const p = new ProgressReporter({ write: async (x) => void written.push(x), stats, perMinute: REQUESTS_PER_MINUTE.scim, pageSize: 100, now: () => clock });
    p.setTotal(300, false);
    stats.pages = 1;
    clock = 2000;
    await p.accountsListed(100);
    expect(written[0].etaSeconds).toBe(6);
    await p.applying("Saving accounts");
    expect(written[1]).toMatchObject({ phase: "applying", message: "Saving accounts" });
    expect(written[1]).not.toHaveProperty("etaSeconds");
  });

  it("counts SCIM mode's guest listings and users.list role pages (at Tier 2) in the estimate, and keeps notes on every write", async () => {
    const written: Array<Record<string, unknown>> = [];
    const stats = emptyStats();
    const p = new ProgressReporter({ write: async (x) => void written.push(x), stats, perMinute: REQUESTS_PER_MINUTE.scim, pageSize: 100, now: () => 0 });
    p.setTotal(300, false);
    p.planScimFollowUps({ guestListings: 2, roleLookup: true });
    p.note("roles unknown");
    p.note("roles unknown");
    stats.pages = 1;
    await p.accountsListed(100);
    // 2 account pages + 2 guest listings + 1 group call at 0.06 s, plus 3 users.list pages at 3 s.
    expect(written[0]).toMatchObject({ phase: "listing", etaSeconds: 9, notes: ["roles unknown"] });
    stats.pages = 3;
    stats.guestPages = 2;
    stats.rolePages = 1;
    await p.rolesListed(100);
    expect(written[1]).toMatchObject({ phase: "roles", pagesDone: 6, etaSeconds: 6, message: "Read roles of 100 users from users.list" });
    await p.applying("Done");
    expect(written[2]).toMatchObject({ phase: "applying", message: "Done", notes: ["roles unknown"] });
  });
});
