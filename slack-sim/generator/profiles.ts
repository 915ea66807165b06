import type { Prng } from "../core/prng";
import { DAY_SECONDS, dayIndexOf } from "../core/time";
import type { ActivityPlan, ProfileKind, SimUser } from "../model/types";
import { isHumanRole } from "./roles";

/** Share of signed-in humans per behaviour; `daily` takes what is left. */
const PROFILE_SHARES: ReadonlyArray<[ProfileKind, number]> = [
  ["weekdays", 0.27],
  ["weekly", 0.08],
  ["fading", 0.05],
  ["returning", 0.04],
  ["dormant_30", 0.04],
  ["dormant_60", 0.03],
  ["dormant_90", 0.04],
  ["never", 0.03],
  ["traveller", 0.01],
];

const MAX_TRAVELLERS = 25;

const EVENTS_PER_ACTIVE_DAY: Readonly<Record<ProfileKind, [number, number]>> = {
  daily: [2, 7], weekdays: [1, 6], weekly: [1, 3], fading: [1, 4], returning: [1, 5], dormant_30: [1, 4],
  dormant_60: [1, 4], dormant_90: [1, 4], never: [0, 0], traveller: [2, 7], none: [0, 0],
};

export interface ProfileWindow {
  /** Unix seconds of the generation clock; profiles are anchored to it so they stay put as the clock moves. */
  genesis: number;
  historyDays: number;
}

/**
 * Builds the quota list of profiles for `count` active humans. Every profile appears at least once as
 * soon as there are enough people, so small test workspaces still exercise each behaviour.
 */
function profileQuota(count: number): ProfileKind[] {
  const kinds: ProfileKind[] = [];
  for (const [kind, share] of PROFILE_SHARES) {
    let n = Math.max(count >= 12 ? 1 : 0, Math.round(count * share));
    // Travellers stay "a handful" even in a 100k workspace.
    if (kind === "traveller") n = Math.min(n, MAX_TRAVELLERS);
    for (let i = 0; i < n && kinds.length < count; i++) kinds.push(kind);
  }
  while (kinds.length < count) kinds.push("daily");
  return kinds;
}

/** A plan for one user; `kind` decides the shape, the random draws decide the dates. */
export function buildPlan(kind: ProfileKind, user: SimUser, window: ProfileWindow, prng: Prng): ActivityPlan {
  const g0 = dayIndexOf(window.genesis);
  const windowStart = window.genesis - window.historyDays * DAY_SECONDS;
  const [minEvents, maxEvents] = EVENTS_PER_ACTIVE_DAY[kind];
  const plan: ActivityPlan = {
    kind, activeFrom: Math.max(windowStart, user.createdAt), lastDay: Infinity, fadeFromDay: 0, gapFromDay: 0, gapToDay: 0,
    travelFromDay: 0, travelToDay: 0, weeklyDay: prng.int(1, 5), minEvents, maxEvents,
    workStart: Math.round((7.5 + prng.next() * 2) * 3600), workEnd: Math.round((16.5 + prng.next() * 2.5) * 3600),
  };
  switch (kind) {
    case "dormant_30": plan.lastDay = g0 - prng.int(30, 44); break;
    case "dormant_60": plan.lastDay = g0 - prng.int(60, 80); break;
    case "dormant_90": plan.lastDay = g0 - prng.int(90, 150); break;
    case "fading":
      plan.lastDay = g0 - prng.int(10, 60);
      plan.fadeFromDay = plan.lastDay - prng.int(20, 60);
      break;
    case "returning":
      plan.gapFromDay = g0 - prng.int(45, 110);
      plan.gapToDay = Math.min(plan.gapFromDay + prng.int(21, 40), g0 - 3);
      break;
    case "traveller":
      plan.travelFromDay = g0 - prng.int(2, 30);
      plan.travelToDay = plan.travelFromDay + prng.int(4, 10);
      break;
    case "never":
    case "none":
      plan.lastDay = -Infinity;
      break;
    default:
      break;
  }
  return plan;
}

/**
 * Assigns behaviour profiles. Invited users, bots and Slackbot never sign in. Deactivated users behaved
 * like ordinary employees until their deactivation date, which is set here too.
 */
export function assignProfiles(users: SimUser[], window: ProfileWindow, prng: Prng): void {
  const g0 = dayIndexOf(window.genesis);
  const windowStartDay = g0 - window.historyDays;
  const active = users.filter((u) => isHumanRole(u.role) && !u.invited && !u.deleted && u.role !== "primary_owner");
  const kinds = prng.shuffle(profileQuota(active.length));
  active.forEach((u, i) => {
    const kind = kinds[i];
    // About one in twelve steady users joined during the history window.
    if ((kind === "daily" || kind === "weekdays") && prng.chance(0.08)) {
      u.createdAt = (windowStartDay + prng.int(1, Math.max(1, window.historyDays - 7))) * DAY_SECONDS + prng.int(0, DAY_SECONDS - 1);
    }
    u.plan = buildPlan(kind, u, window, prng);
  });

  for (const u of users) {
    if (u.role === "primary_owner") u.plan = buildPlan("daily", u, window, prng);
    else if (!isHumanRole(u.role)) u.plan = buildPlan("none", u, window, prng);
    else if (u.invited) {
      // Invitations are recent and have not been accepted, so there is no sign-in yet.
      u.createdAt = window.genesis - prng.int(1, 30) * DAY_SECONDS - prng.int(0, DAY_SECONDS - 1);
      u.plan = buildPlan("none", u, window, prng);
    } else if (u.deleted) {
      const before = prng.chance(0.2);
      const day = before ? windowStartDay - prng.int(1, 200) : windowStartDay + prng.int(5, Math.max(5, window.historyDays - 2));
      u.deactivatedAt = day * DAY_SECONDS + prng.int(9 * 3600, 20 * 3600);
      u.createdAt = Math.min(u.createdAt, u.deactivatedAt - 90 * DAY_SECONDS);
      u.plan = buildPlan(prng.pick<ProfileKind>(["daily", "weekdays", "weekdays", "weekly"]), u, window, prng);
      u.blackouts.push([u.deactivatedAt, Infinity]);
    }
    u.updated = u.deactivatedAt ?? u.createdAt + prng.int(DAY_SECONDS, 60 * DAY_SECONDS);
    if (u.updated > window.genesis) u.updated = window.genesis - prng.int(3600, 7 * DAY_SECONDS);
  }
}
