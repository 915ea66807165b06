import { DAY_SECONDS, utcDate } from "../core/time";
import type { SimUser } from "./types";
import type { Workspace } from "./workspace";

/** Slack's Fair Billing window: a member is billing-active after activity in the last 28 days. */
export const BILLING_ACTIVE_SECONDS = 28 * DAY_SECONDS;

export interface UserTruth {
  userId: string;
  /** Latest event at or before the clock, unix seconds; null if the user never signed in. */
  lastActive: number | null;
  /** UTC dates (YYYY-MM-DD) with at least one event, ascending. */
  activeDays: string[];
  eventsPerDay: Record<string, number>;
  totalEvents: number;
}

/** What really happened for one user, as of `clock`; the product's derived activity is measured against it. */
export function userTruth(ws: Workspace, user: SimUser, clock: number): UserTruth {
  const times = ws.events.timesOf(user.index);
  const visible = ws.events.countUpTo(user.index, clock);
  const eventsPerDay: Record<string, number> = {};
  const activeDays: string[] = [];
  let lastDay = -1;
  let lastDate = "";
  for (let i = 0; i < visible; i++) {
    const day = Math.floor(times[i] / DAY_SECONDS);
    if (day !== lastDay) {
      lastDay = day;
      lastDate = utcDate(times[i]);
      activeDays.push(lastDate);
      eventsPerDay[lastDate] = 0;
    }
    eventsPerDay[lastDate]++;
  }
  return { userId: user.id, lastActive: visible > 0 ? times[visible - 1] : null, activeDays, eventsPerDay, totalEvents: visible };
}

export function lastActiveAt(ws: Workspace, user: SimUser, clock: number): number | null {
  const visible = ws.events.countUpTo(user.index, clock);
  return visible > 0 ? ws.events.timesOf(user.index)[visible - 1] : null;
}

/** Whether a user appears in `team.billableInfo` at all: humans only (bots and Slackbot are never billed). */
export function isBillableAccount(user: SimUser): boolean {
  return user.role !== "bot" && user.role !== "slackbot";
}

/**
 * Slack bills active members and multi-channel guests; single-channel guests are free, and deactivated
 * or still-invited accounts are never billing-active.
 */
export function isBillingActive(ws: Workspace, user: SimUser, clock: number): boolean {
  if (!isBillableAccount(user) || user.deleted || user.invited || user.role === "single_channel_guest") return false;
  const last = lastActiveAt(ws, user, clock);
  return last !== null && last > clock - BILLING_ACTIVE_SECONDS;
}
