import { resumeUserHistory } from "../generator/event-history";
import type { SimGroup, SimUser } from "./types";
import type { Workspace } from "./workspace";

/**
 * Deactivates an account at `clock`: it shows `deleted: true` / `active: false` from now on and signs in
 * no more (its pre-generated events after the clock are dropped). Group memberships are kept.
 */
export function deactivateUser(ws: Workspace, user: SimUser, clock: number): void {
  if (user.deleted) return;
  user.deleted = true;
  user.deactivatedAt = clock;
  user.updated = clock;
  user.blackouts.push([clock + 1, Infinity]);
  ws.events.truncateAfter(user.index, clock);
}

/** Reactivates an account at `clock`; its behaviour resumes with the events it would have had from now on. */
export function reactivateUser(ws: Workspace, user: SimUser, clock: number): void {
  if (!user.deleted) return;
  user.deleted = false;
  user.deactivatedAt = null;
  user.updated = clock;
  const open = user.blackouts.find(([, to]) => to === Infinity);
  if (open) open[1] = clock + 1;
  resumeUserHistory(ws, user, clock);
}

export class MutationError extends Error {
  constructor(readonly code: string, message: string) {
    super(message);
  }
}

/** Moves (or, without `from`, adds) a user to a group; updates both groups' `date_update`. */
export function moveGroupMember(ws: Workspace, userId: string, fromGroupId: string | null, toGroupId: string | null, clock: number): void {
  const user = ws.user(userId);
  if (!user) throw new MutationError("no_such_user", `no user ${userId}`);
  const lookup = (id: string | null): SimGroup | null => {
    if (id === null) return null;
    const g = ws.group(id);
    if (!g) throw new MutationError("no_such_group", `no group ${id}`);
    return g;
  };
  const from = lookup(fromGroupId);
  const to = lookup(toGroupId);
  if (from) {
    const at = from.members.indexOf(userId);
    if (at < 0) throw new MutationError("not_a_member", `${userId} is not in ${from.id}`);
    from.members.splice(at, 1);
    from.updatedAt = clock;
  }
  if (to && !to.members.includes(userId)) {
    to.members.push(userId);
    to.updatedAt = clock;
  }
  ws.membershipChanged();
}
