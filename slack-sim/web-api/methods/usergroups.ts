import type { UsergroupsListResponse, UsergroupsUsersListResponse } from "@slack/web-api";
import type { SimGroup, SimTeam } from "../../model/types";
import { fail, missingArgument } from "../errors";
import type { MethodContext } from "../method-context";

type Usergroup = NonNullable<UsergroupsListResponse["usergroups"]>[number];

function buildUsergroup(g: SimGroup, team: SimTeam, opts: { users: boolean; count: boolean }): Usergroup {
  const group: Usergroup = {
    id: g.id, team_id: team.id, is_usergroup: true, is_subteam: true, name: g.name, description: g.description, handle: g.handle,
    is_external: false, date_create: g.createdAt, date_update: g.updatedAt, date_delete: g.deletedAt, auto_provision: false,
    enterprise_subteam_id: "", created_by: g.createdBy, updated_by: g.createdBy, prefs: { channels: [], groups: [] },
    channel_count: 0, is_idp_group: false, is_section: false,
  };
  if (g.deletedAt !== 0) group.deleted_by = g.createdBy;
  if (opts.users) group.users = [...g.members];
  if (opts.count) group.user_count = g.members.length;
  return group;
}

/** usergroups.list: no pagination; disabled groups only with include_disabled. Free workspaces have none. */
export function usergroupsList(ctx: MethodContext): UsergroupsListResponse {
  const ws = ctx.caller.workspace;
  const includeDisabled = ctx.params.bool("include_disabled");
  const opts = { users: ctx.params.bool("include_users"), count: ctx.params.bool("include_count") };
  const groups = ws.groups.filter((g) => includeDisabled || g.deletedAt === 0);
  return { ok: true, usergroups: groups.map((g) => buildUsergroup(g, ws.team, opts)) };
}

export function usergroupsUsersList(ctx: MethodContext): UsergroupsUsersListResponse {
  const ws = ctx.caller.workspace;
  if (ws.team.plan === "free") return fail("plan_upgrade_required");
  const id = ctx.params.string("usergroup");
  if (!id) return missingArgument("usergroup");
  const group = ws.group(id);
  if (!group || (group.deletedAt !== 0 && !ctx.params.bool("include_disabled"))) return fail("no_such_subteam");
  return { ok: true, users: [...group.members] };
}
