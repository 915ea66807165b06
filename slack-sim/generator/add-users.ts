import { mix32, Prng } from "../core/prng";
import { SlackIdFactory } from "../core/slack-ids";
import type { ProfileKind, Role, SimUser } from "../model/types";
import type { Workspace } from "../model/workspace";
import { assignDevices, createOfficeIps } from "./devices";
import { resumeUserHistory } from "./event-history";
import { decideIdentityMatch, placeNewcomer } from "./org-chart";
import { createPeople, dedupePeople } from "./people";
import { buildPlan } from "./profiles";

export interface AddUsersOptions {
  count: number;
  role?: Extract<Role, "member" | "admin" | "multi_channel_guest" | "single_channel_guest">;
  profile?: Exclude<ProfileKind, "none">;
}

/**
 * Adds accounts created "now" (at the clock), e.g. new hires. Their seeds derive from the workspace seed
 * and how many users were added before, so the same sequence of calls always adds the same people.
 * They start signing in after the clock, and get identity rows so a re-exported CSV includes them.
 */
export function addUsers(ws: Workspace, opts: AddUsersOptions, clock: number): SimUser[] {
  const batch = ws.addedUsers;
  ws.addedUsers += opts.count;
  const prng = new Prng(mix32(ws.seed, 0xadd, batch));
  const ids = new SlackIdFactory(prng);
  for (const u of ws.users) ids.reserve(u.id);
  const slots = Array.from({ length: opts.count }, () => ({ role: opts.role ?? "member", invited: false, deactivated: false }));
  const people = createPeople(slots, { prng, ids, team: ws.team, genesis: clock, historyDays: ws.historyDays }, ws.users.length);
  dedupePeople(people, {
    emails: new Set(ws.users.map((u) => u.email?.toLowerCase()).filter((e): e is string => !!e)),
    names: new Set(ws.users.map((u) => u.name)),
  });
  const offices = createOfficeIps(new Prng(mix32(ws.seed, 7)));
  const maxEmployee = Math.max(10000, ...ws.identities.map((r) => Number(r.employeeId.slice(1)) || 0));
  people.forEach((u, i) => {
    u.createdAt = clock;
    u.updated = clock;
    decideIdentityMatch(u, ws.team, prng);
    placeNewcomer(u, ws.users, prng, maxEmployee + 1 + i);
    u.plan = buildPlan(opts.profile ?? "daily", u, { genesis: clock, historyDays: ws.historyDays }, prng);
    u.eventSeed = mix32(ws.seed, 12, u.index);
    if (u.plan.kind !== "never") assignDevices(u, offices, prng);
    ws.registerUser(u);
    resumeUserHistory(ws, u, clock);
    if (u.email && u.identity !== "orphan") {
      // manager_email must be spelled exactly as the manager's own CSV row spells it.
      const managerEmail = u.managerId ? ws.user(u.managerId)?.email?.toLowerCase() : undefined;
      const managerRow = managerEmail ? ws.identities.find((r) => r.email.toLowerCase() === managerEmail) : undefined;
      ws.identities.push({
        name: u.realName, email: u.email, employeeId: u.employeeId ?? "", department: u.department, title: u.title,
        managerEmail: managerRow?.email ?? "", lifecycle: "active",
      });
    }
  });
  return people;
}
