import type { TeamAccessLogsResponse, TeamBillableInfoResponse, WebAPIPlatformError } from "@slack/web-api";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SimControlClient } from "../control-client";
import { DAY_SECONDS, utcDate } from "../core/time";
import { TOKENS, type RunningSimulator } from "../index";
import { rawCall, slackClient, startTestSimulator, TEST_CLOCK } from "./harness";

type Login = NonNullable<TeamAccessLogsResponse["logins"]>[number];

let sim: RunningSimulator;
let control: SimControlClient;
beforeAll(async () => {
  sim = await startTestSimulator();
  control = new SimControlClient(sim.url);
});
afterAll(() => sim.close());

async function allLogins(s: RunningSimulator, limit = 1000): Promise<Login[]> {
  const logins: Login[] = [];
  for await (const page of slackClient(s, TOKENS.admin).paginate("team.accessLogs", { limit })) {
    logins.push(...((page as TeamAccessLogsResponse).logins ?? []));
  }
  return logins;
}

async function errorOf(call: Promise<unknown>): Promise<string | undefined> {
  return call.then(() => undefined, (e: WebAPIPlatformError) => e.data?.error);
}

describe("team.accessLogs", () => {
  it("returns roll-ups per (user, ip, user agent), newest date_last first, with Slack's fields", async () => {
    const logins = await allLogins(sim);
    expect(logins.length).toBeGreaterThan(50);
    const keys = new Set(logins.map((l) => `${l.user_id}|${l.ip}|${l.user_agent}`));
    expect(keys.size).toBe(logins.length);
    for (let i = 1; i < logins.length; i++) expect(logins[i - 1].date_last!).toBeGreaterThanOrEqual(logins[i].date_last!);
    for (const l of logins) {
      expect(Object.keys(l).sort()).toEqual(["count", "country", "date_first", "date_last", "ip", "isp", "region", "user_agent", "user_id", "username"]);
      expect(l.date_first!).toBeLessThanOrEqual(l.date_last!);
      expect(l.date_last!).toBeLessThanOrEqual(TEST_CLOCK);
      expect(l.count!).toBeGreaterThanOrEqual(1);
    }
  });

  it("agrees with the ground truth: max date_last per user = last active, counts add up to events", async () => {
    const logins = await allLogins(sim, 37);
    const { users } = await control.truth();
    for (const truth of users) {
      const mine = logins.filter((l) => l.user_id === truth.userId);
      const maxLast = mine.length ? Math.max(...mine.map((l) => l.date_last!)) : null;
      expect(maxLast, truth.userId).toBe(truth.lastActive);
      expect(mine.reduce((n, l) => n + l.count!, 0)).toBe(truth.totalEvents);
      const days = Object.values(truth.eventsPerDay).reduce((a, b) => a + b, 0);
      expect(days).toBe(truth.totalEvents);
      expect(truth.activeDays).toEqual(Object.keys(truth.eventsPerDay));
      if (truth.lastActive) expect(truth.activeDays.at(-1)).toBe(utcDate(truth.lastActive));
    }
  });

  it("supports classic count/page with paging, and before (inclusive on date_last)", async () => {
    const client = slackClient(sim, TOKENS.admin);
    const first = await client.team.accessLogs({ count: 10, page: 1 });
    expect(first.paging).toMatchObject({ count: 10, page: 1 });
    const all = await allLogins(sim);
    expect(first.paging!.total).toBe(all.length);
    expect(first.paging!.pages).toBe(Math.ceil(all.length / 10));
    const second = await client.team.accessLogs({ count: 10, page: 2 });
    expect(second.logins).toEqual(all.slice(10, 20));
    const pivot = all[25].date_last!;
    const before = await client.team.accessLogs({ count: 1000, before: pivot });
    expect(before.logins![0].date_last).toBe(pivot);
    expect(before.logins!.every((l) => l.date_last! <= pivot)).toBe(true);
    expect(before.paging!.total).toBe(all.filter((l) => l.date_last! <= pivot).length);
  });

  it("enforces Slack's paging ceiling and bad arguments", async () => {
    const client = slackClient(sim, TOKENS.admin);
    expect(await errorOf(client.team.accessLogs({ count: 1001 }))).toBe("over_pagination_limit");
    expect(await errorOf(client.team.accessLogs({ page: 101 }))).toBe("over_pagination_limit");
    expect((await client.team.accessLogs({ count: 1000, page: 100 })).ok).toBe(true);
    expect(await errorOf(client.team.accessLogs({ limit: 10, cursor: "garbage!" }))).toBe("invalid_cursor");
  });

  it("is byte-for-byte identical for the same seed and clock", async () => {
    const twin = await startTestSimulator();
    try {
      const variants: Array<Record<string, string>> = [{ count: "1000" }, { count: "1000", page: "2" }, { limit: "300" }];
      for (const params of variants) {
        const a = await (await rawCall(sim, "team.accessLogs", params, TOKENS.admin)).text();
        const b = await (await rawCall(twin, "team.accessLogs", params, TOKENS.admin)).text();
        expect(a).toBe(b);
      }
      const users = async (s: RunningSimulator) => (await rawCall(s, "users.list", { limit: "1000" }, TOKENS.adminFull)).text();
      expect(await users(sim)).toBe(await users(twin));
    } finally {
      await twin.close();
    }
  });

  it("shows new activity after the clock advances (and stays consistent with the truth)", async () => {
    const local = await startTestSimulator({ seed: 5 });
    try {
      const ctl = new SimControlClient(local.url);
      const before = await allLogins(local);
      await ctl.advanceClock(3 * DAY_SECONDS);
      const after = await allLogins(local);
      expect(Math.max(...after.map((l) => l.date_last!))).toBeGreaterThan(TEST_CLOCK);
      expect(after.reduce((n, l) => n + l.count!, 0)).toBeGreaterThan(before.reduce((n, l) => n + l.count!, 0));
      const { users, clock } = await ctl.truth();
      expect(clock).toBe(TEST_CLOCK + 3 * DAY_SECONDS);
      for (const t of users) {
        const mine = after.filter((l) => l.user_id === t.userId);
        expect(mine.length ? Math.max(...mine.map((l) => l.date_last!)) : null).toBe(t.lastActive);
      }
    } finally {
      await local.close();
    }
  });
});

describe("team.billableInfo and team.integrationLogs", () => {
  it("marks billing_active from activity in the last 28 days", async () => {
    const res = await slackClient(sim, TOKENS.admin).team.billableInfo();
    const info = res.billable_info!;
    const { users } = await control.truth();
    for (const u of sim.workspace.users) {
      if (u.role === "bot" || u.role === "slackbot") {
        expect(info[u.id]).toBeUndefined();
        continue;
      }
      const last = users.find((t) => t.userId === u.id)!.lastActive;
      const active = !u.deleted && !u.invited && u.role !== "single_channel_guest" && last !== null && last > TEST_CLOCK - 28 * DAY_SECONDS;
      expect(info[u.id].billing_active, u.id).toBe(active);
    }
    const paged: Record<string, unknown> = {};
    for await (const page of slackClient(sim, TOKENS.admin).paginate("team.billableInfo", { limit: 9 })) {
      Object.assign(paged, (page as TeamBillableInfoResponse).billable_info);
    }
    expect(paged).toEqual(info);
  });

  it("lists integration changes newest first with classic paging", async () => {
    const client = slackClient(sim, TOKENS.admin);
    const page = await client.team.integrationLogs({ count: 5 });
    expect(page.logs).toHaveLength(5);
    expect(page.paging).toMatchObject({ count: 5, page: 1 });
    const dates = page.logs!.map((l) => Number(l.date));
    expect([...dates].sort((a, b) => b - a)).toEqual(dates);
    expect(typeof page.logs![0].date).toBe("string");
    const added = await client.team.integrationLogs({ change_type: "added", count: 1000 });
    expect(added.logs!.every((l) => l.change_type === "added")).toBe(true);
  });
});
