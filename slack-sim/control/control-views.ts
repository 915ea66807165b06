import { TOKEN_TABLE } from "../auth/token-table";
import { isoTime } from "../core/time";
import type { SimUser } from "../model/types";
import type { Workspace } from "../model/workspace";
import type { Simulator } from "../simulator";

/** What the control API says about an account (more than Slack shows: role, profile, identity match). */
export function userSummary(u: SimUser) {
  return {
    id: u.id, name: u.name, realName: u.realName, email: u.email, role: u.role, deleted: u.deleted, invited: u.invited,
    deactivatedAt: u.deactivatedAt, profile: u.plan.kind, department: u.department, title: u.title, identity: u.identity,
    lifecycle: u.lifecycle, createdAt: u.createdAt,
  };
}

export function clockView(sim: Simulator) {
  return { now: sim.clock, iso: isoTime(sim.clock), genesis: sim.primary.genesis };
}

export function workspaceView(sim: Simulator, ws: Workspace) {
  return {
    team: ws.team, clock: sim.clock, historyDays: ws.historyDays, emptyListing: ws.emptyListing,
    users: ws.users.map(userSummary),
    groups: ws.groups.map((g) => ({ id: g.id, name: g.name, handle: g.handle, disabled: g.deletedAt !== 0, members: g.members })),
  };
}

export function tokensView(sim: Simulator) {
  const owners = sim.tokenOwners();
  return TOKEN_TABLE.map((t) => ({
    name: t.name, token: t.token, type: t.type, workspace: t.workspace, scopes: t.scopes, status: t.status,
    userId: owners[t.name], teamId: sim.workspace(t.workspace).team.id, description: t.description,
  }));
}

export function faultsView(sim: Simulator) {
  return { rateLimits: sim.rateLimiter.current(), ...sim.faults.current() };
}
