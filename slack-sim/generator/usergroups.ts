import type { Prng } from "../core/prng";
import type { SlackIdFactory } from "../core/slack-ids";
import { DAY_SECONDS } from "../core/time";
import type { SimGroup, SimUser } from "../model/types";
import { DEPARTMENTS } from "./org-data";
import { isGuestRole, isHumanRole } from "./roles";

/** Slack caps user groups at 5,000 members. */
const MAX_GROUP_MEMBERS = 5000;

interface GroupContext {
  prng: Prng;
  ids: SlackIdFactory;
  genesis: number;
  historyDays: number;
}

/**
 * User groups: one per department, a few cross-cutting ones (leadership, managers, on-call, new hires)
 * and one disabled group, so `include_disabled` has something to show.
 */
export function buildUserGroups(users: readonly SimUser[], ctx: GroupContext): SimGroup[] {
  const { prng } = ctx;
  const active = users.filter((u) => isHumanRole(u.role) && !u.deleted && !u.invited);
  const creator = users.find((u) => u.role === "admin" && !u.deleted) ?? users[0];
  const groups: SimGroup[] = [];
  const add = (name: string, handle: string, description: string, members: SimUser[], disabled = false) => {
    const createdAt = ctx.genesis - prng.int(ctx.historyDays + 30, ctx.historyDays + 900) * DAY_SECONDS;
    const updatedAt = createdAt + prng.int(1, 300) * DAY_SECONDS;
    groups.push({
      id: ctx.ids.next("S"), name, handle, description, members: members.slice(0, MAX_GROUP_MEMBERS).map((u) => u.id),
      createdAt, updatedAt: Math.min(updatedAt, ctx.genesis - 3600), createdBy: creator.id,
      deletedAt: disabled ? ctx.genesis - prng.int(10, 60) * DAY_SECONDS : 0,
    });
  };

  for (const dept of DEPARTMENTS) {
    const members = active.filter((u) => u.department === dept.name && !isGuestRole(u.role));
    if (members.length > 0) add(`${dept.name} Team`, dept.handle, `Everyone in ${dept.name}`, members);
  }
  const leaders = active.filter((u) => u.role === "primary_owner" || u.role === "owner" || DEPARTMENTS.some((d) => d.head === u.title));
  add("Leadership", "leadership", "Executives and department heads", leaders);
  add("Managers", "managers", "People managers", active.filter((u) => DEPARTMENTS.some((d) => d.manager === u.title || d.head === u.title)));
  const engineers = active.filter((u) => u.department === "Engineering" && !isGuestRole(u.role));
  add("On-call", "oncall", "Current on-call rotation", engineers.filter(() => prng.chance(0.12)).slice(0, 40));
  const windowStart = ctx.genesis - ctx.historyDays * DAY_SECONDS;
  add("New Hires", "new-hires", "Joined in the last few months", active.filter((u) => u.createdAt >= windowStart && !isGuestRole(u.role)));
  const guests = users.filter((u) => isGuestRole(u.role));
  add("Contractors 2023", "contractors-2023", "Agency contractors (programme ended)", guests.slice(0, Math.max(1, Math.floor(guests.length / 2))), true);
  return groups;
}
