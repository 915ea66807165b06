import type { Prng } from "../core/prng";
import type { Role } from "../model/types";

export interface RoleSlot {
  role: Role;
  invited: boolean;
  deactivated: boolean;
}

/** Share of accounts per role and status, with a floor so even a 10-user workspace shows every case. */
const QUOTAS = {
  owner: { share: 0.003, min: 1 },
  admin: { share: 0.015, min: 2 },
  bot: { share: 0.015, min: 1 },
  multiGuest: { share: 0.04, min: 1 },
  singleGuest: { share: 0.03, min: 1 },
  invited: { share: 0.02, min: 1 },
  deactivated: { share: 0.07, min: 1 },
} as const;

function quota(count: number, q: { share: number; min: number }): number {
  return Math.max(q.min, Math.round(count * q.share));
}

/**
 * Decides every account's role and status. Slot 0 is always the primary owner; the rest are shuffled so
 * roles are spread through the listing as they are in a real workspace. One admin is deactivated on
 * purpose: the `deactivated` token belongs to that admin.
 */
export function assignRoles(count: number, prng: Prng): RoleSlot[] {
  const slots: RoleSlot[] = [];
  const push = (role: Role, n: number, invited = false, deactivated = false) => {
    for (let i = 0; i < n; i++) slots.push({ role, invited, deactivated });
  };
  push("owner", quota(count, QUOTAS.owner));
  push("admin", quota(count, QUOTAS.admin) - 1);
  push("admin", 1, false, true);
  push("bot", quota(count, QUOTAS.bot));
  const multi = quota(count, QUOTAS.multiGuest);
  const single = quota(count, QUOTAS.singleGuest);
  // A few guests have been deactivated as well; the rest of the deactivated accounts are members.
  const deactivatedGuests = Math.floor(quota(count, QUOTAS.deactivated) * 0.15);
  push("multi_channel_guest", multi - deactivatedGuests);
  push("multi_channel_guest", deactivatedGuests, false, true);
  push("single_channel_guest", single);
  push("member", quota(count, QUOTAS.invited), true);
  push("member", quota(count, QUOTAS.deactivated) - deactivatedGuests, false, true);
  const remaining = count - 1 - slots.length;
  if (remaining < 0) throw new Error(`A workspace needs at least ${slots.length + 1} users`);
  push("member", remaining);
  prng.shuffle(slots);
  return [{ role: "primary_owner", invited: false, deactivated: false }, ...slots];
}

export function isHumanRole(role: Role): boolean {
  return role !== "bot" && role !== "slackbot";
}

export function isGuestRole(role: Role): boolean {
  return role === "multi_channel_guest" || role === "single_channel_guest";
}

/** The minimum `--users` value: one account per mandatory role/status slot. */
export const MIN_USERS = 10;
