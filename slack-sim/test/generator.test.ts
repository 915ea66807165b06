import { describe, expect, it } from "vitest";
import { DAY_SECONDS, dayIndexOf } from "../core/time";
import { extendHistory } from "../generator/event-history";
import { IDENTITY_CSV_COLUMNS, identitiesToCsv } from "../generator/identities";
import { generateWorkspace } from "../generator/workspace-generator";
import { userTruth } from "../model/ground-truth";
import type { ProfileKind, Role } from "../model/types";
import type { Workspace } from "../model/workspace";
import { TEST_CLOCK } from "./harness";

const generate = (users: number, seed: number | string = 7, clock = TEST_CLOCK) =>
  generateWorkspace({ seed, plan: "business_plus", users, historyDays: 180, clock });

function snapshot(ws: Workspace): string {
  const events = ws.users.map((u) => [Array.from(ws.events.timesOf(u.index)), Array.from(ws.events.combosOf(u.index))]);
  return JSON.stringify({ team: ws.team, users: ws.users, groups: ws.groups, logs: ws.integrationLogs, ids: ws.identities, events });
}

describe("workspace generator", () => {
  it("is deterministic: same seed and clock give the same workspace and events", () => {
    expect(snapshot(generate(120))).toBe(snapshot(generate(120)));
    expect(snapshot(generate(120, "acme"))).toBe(snapshot(generate(120, "acme")));
    expect(snapshot(generate(120, 8))).not.toBe(snapshot(generate(120, 7)));
  });

  it("rejects sizes outside 10–100,000", () => {
    expect(() => generate(9)).toThrow();
    expect(() => generate(100_001)).toThrow();
    expect(generate(10).users).toHaveLength(11); // plus Slackbot
  });

  it("has the full role mix", () => {
    const ws = generate(300);
    const count = (role: Role) => ws.users.filter((u) => u.role === role).length;
    expect(count("primary_owner")).toBe(1);
    for (const role of ["owner", "admin", "member", "multi_channel_guest", "single_channel_guest", "bot", "slackbot"] as Role[]) {
      expect(count(role), role).toBeGreaterThan(0);
    }
    expect(ws.users.some((u) => u.invited)).toBe(true);
    expect(ws.users.some((u) => u.deleted)).toBe(true);
    expect(ws.users.some((u) => u.role === "admin" && u.deleted)).toBe(true);
    expect(ws.groups.length).toBeGreaterThan(3);
    expect(ws.groups.some((g) => g.deletedAt !== 0)).toBe(true);
    expect(ws.groups.every((g) => g.members.every((id) => ws.user(id)))).toBe(true);
  });

  it("uses one company domain, a few other domains, and leaves some users without email", () => {
    const ws = generate(2000);
    const humans = ws.users.filter((u) => u.role !== "bot" && u.role !== "slackbot");
    const company = humans.filter((u) => u.email?.endsWith("@" + ws.team.emailDomain)).length;
    expect(company / humans.length).toBeGreaterThan(0.9);
    expect(humans.some((u) => u.email && !u.email.endsWith("@" + ws.team.emailDomain))).toBe(true);
    expect(humans.some((u) => u.email === null)).toBe(true);
    const emails = humans.map((u) => u.email?.toLowerCase()).filter(Boolean);
    expect(new Set(emails).size).toBe(emails.length);
    expect(new Set(ws.users.map((u) => u.name)).size).toBe(ws.users.length);
  });

  it("writes an identities CSV that lines up with Slack by email (~90%) and is self-consistent", () => {
    const ws = generate(2000);
    const csv = identitiesToCsv(ws.identities);
    const [header, ...lines] = csv.trimEnd().split("\n");
    expect(header).toBe(IDENTITY_CSV_COLUMNS.join(","));
    expect(header).toBe("name,email,employee_id,department,title,manager_email,lifecycle_state");
    const emails = new Set(ws.identities.map((r) => r.email));
    for (const r of ws.identities) {
      expect(["active", "leaver", "inactive"]).toContain(r.lifecycle);
      if (r.managerEmail) expect(emails.has(r.managerEmail), r.managerEmail).toBe(true);
    }
    expect(lines).toHaveLength(ws.identities.length);
    const humans = ws.users.filter((u) => u.role !== "bot" && u.role !== "slackbot");
    const exact = humans.filter((u) => u.email && emails.has(u.email)).length / humans.length;
    expect(exact).toBeGreaterThan(0.85);
    expect(exact).toBeLessThan(0.95);
    const lower = new Set([...emails].map((e) => e.toLowerCase()));
    expect(humans.some((u) => u.email && !emails.has(u.email) && lower.has(u.email.toLowerCase()))).toBe(true);
    const matched = humans.find((u) => u.email && emails.has(u.email) && u.title)!;
    const row = ws.identities.find((r) => r.email === matched.email)!;
    expect([row.department, row.title]).toEqual([matched.department, matched.title]);
  });

  it("assigns every behaviour profile, 1–5 clients and located IPs", () => {
    const ws = generate(300);
    const kinds = new Set(ws.users.map((u) => u.plan.kind));
    const expected: ProfileKind[] = ["daily", "weekdays", "weekly", "fading", "returning", "dormant_30", "dormant_60", "dormant_90", "never", "traveller"];
    for (const k of expected) expect(kinds.has(k), k).toBe(true);
    for (const u of ws.users.filter((x) => x.combos.length > 0)) {
      expect(u.clients.length).toBeGreaterThanOrEqual(1);
      expect(u.clients.length).toBeLessThanOrEqual(5);
      for (const ip of u.ips) expect(ip.isp && ip.country && ip.region).toBeTruthy();
    }
    const kindsOfClient = new Set(ws.users.flatMap((u) => u.clients.map((c) => c.kind)));
    expect([...kindsOfClient].sort()).toEqual(["android", "browser", "desktop_mac", "desktop_windows", "ios"]);
    for (const t of ws.users.filter((u) => u.plan.kind === "traveller")) {
      const home = t.ips[0].country;
      expect(t.combos.some((c) => c.travel && t.ips[c.ip].country !== home)).toBe(true);
    }
  });

  it("makes dormant users dormant and never-signed-in users silent", () => {
    const ws = generate(400);
    const daysSince = (id: string) => {
      const t = userTruth(ws, ws.user(id)!, TEST_CLOCK).lastActive;
      return t === null ? null : (TEST_CLOCK - t) / DAY_SECONDS;
    };
    for (const u of ws.users) {
      const since = daysSince(u.id);
      if (u.plan.kind === "never" || u.plan.kind === "none") expect(since).toBeNull();
      if (u.deleted || since === null) continue;
      if (u.plan.kind === "dormant_30") expect(since).toBeGreaterThanOrEqual(29);
      if (u.plan.kind === "dormant_60") expect(since).toBeGreaterThanOrEqual(59);
      if (u.plan.kind === "dormant_90") expect(since).toBeGreaterThanOrEqual(89);
      if (u.plan.kind === "daily") expect(since).toBeLessThan(7);
    }
    const deactivated = ws.users.filter((u) => u.deleted && u.deactivatedAt !== null);
    for (const u of deactivated) expect(ws.events.lastTime(u.index)).toBeLessThanOrEqual(u.deactivatedAt!);
  });

  it("generates future days deterministically, whatever the steps the clock takes", () => {
    const a = generate(80);
    const b = generate(80);
    extendHistory(a, TEST_CLOCK + 9 * DAY_SECONDS);
    extendHistory(b, TEST_CLOCK + 2 * DAY_SECONDS);
    extendHistory(b, TEST_CLOCK + 5 * DAY_SECONDS);
    extendHistory(b, TEST_CLOCK + 9 * DAY_SECONDS);
    expect(snapshot(a)).toBe(snapshot(b));
    expect(a.generatedThroughDay).toBe(dayIndexOf(TEST_CLOCK + 9 * DAY_SECONDS) + 1);
  });
});
