import type { Caller } from "../auth/resolve-token";
import { jsonReply, type Reply } from "../http/respond";
import { scimError } from "./scim-errors";
import { listResources } from "./scim-list";
import { groupFilterValues, groupResource } from "./scim-resources";

/** User groups are SCIM groups; disabled ones are not listed. */
export function listGroups(caller: Caller, query: URLSearchParams): Reply {
  const ws = caller.workspace;
  const groups = ws.groups.filter((g) => g.deletedAt === 0);
  return listResources(query, groups, groupFilterValues, (g) => groupResource(ws, g));
}

export function getGroup(caller: Caller, id: string): Reply {
  const group = caller.workspace.group(id);
  return group && group.deletedAt === 0 ? jsonReply(200, groupResource(caller.workspace, group)) : scimError("no_such_group");
}
