import type { Caller } from "../auth/resolve-token";
import { jsonReply, type Reply } from "../http/respond";
import { deactivateUser, reactivateUser } from "../model/workspace-mutations";
import type { SimUser } from "../model/types";
import type { Simulator } from "../simulator";
import { scimError } from "./scim-errors";
import { listResources } from "./scim-list";
import { userFilterValues, userResource } from "./scim-resources";
import { SCIM } from "./scim-schemas";

/** SCIM lists humans and bots; Slackbot is not a SCIM user. */
function scimUsers(caller: Caller): SimUser[] {
  const ws = caller.workspace;
  return ws.emptyListing ? [] : ws.users.filter((u) => u.role !== "slackbot");
}

function findUser(caller: Caller, id: string): SimUser | undefined {
  const user = caller.workspace.user(id);
  return user && user.role !== "slackbot" ? user : undefined;
}

export function listUsers(caller: Caller, query: URLSearchParams): Reply {
  const ws = caller.workspace;
  return listResources(query, scimUsers(caller), userFilterValues, (u) => userResource(ws, u));
}

export function getUser(caller: Caller, id: string): Reply {
  const user = findUser(caller, id);
  return user ? jsonReply(200, userResource(caller.workspace, user)) : scimError("no_such_user");
}

const isOwner = (u: SimUser) => u.role === "owner" || u.role === "primary_owner";

/** Applies an `active` change with Slack's guards; returns an error reply or null when done. */
function setActive(sim: Simulator, caller: Caller, user: SimUser, active: boolean): Reply | null {
  if (isOwner(user) && !isOwner(caller.user)) return scimError("cannot_modify_owner");
  if (!active) {
    if (user.role === "primary_owner") return scimError("cannot_disable_primary_owner");
    if (user.role === "bot") return scimError("cannot_disable_bot_user_with_scim");
    deactivateUser(caller.workspace, user, sim.clock);
  } else {
    reactivateUser(caller.workspace, user, sim.clock);
  }
  return null;
}

function asBoolean(value: unknown): boolean | null {
  if (typeof value === "boolean") return value;
  if (typeof value === "string" && /^(true|false)$/i.test(value)) return value.toLowerCase() === "true";
  return null;
}

/** The `active` value a PATCH body sets, if any (v2 PatchOp, or a v1-style flat body). */
function activeFromPatch(body: Record<string, unknown>): { active: boolean | null } | "invalid" {
  const ops = body.Operations;
  if (ops === undefined) {
    if (!("active" in body)) return "invalid";
    return { active: asBoolean(body.active) };
  }
  if (!Array.isArray(ops)) return "invalid";
  let active: boolean | null = null;
  for (const op of ops as Array<Record<string, unknown>>) {
    const kind = String(op.op ?? "").toLowerCase();
    if (kind !== "replace" && kind !== "add") continue;
    const path = typeof op.path === "string" ? op.path.toLowerCase() : undefined;
    if (path === "active") active = asBoolean(op.value);
    else if (path === undefined && op.value && typeof op.value === "object" && "active" in (op.value as object)) {
      active = asBoolean((op.value as Record<string, unknown>).active);
    }
  }
  return { active };
}

function parseJsonObject(body: string): Record<string, unknown> | null {
  try {
    const parsed: unknown = JSON.parse(body);
    return parsed && typeof parsed === "object" && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/** PATCH and PUT: only `active` is simulated; other attributes are accepted and left unchanged. */
export function updateUser(sim: Simulator, caller: Caller, id: string, body: string, replace: boolean): Reply {
  const user = findUser(caller, id);
  if (!user) return scimError("no_such_user");
  const json = parseJsonObject(body);
  if (!json) return scimError("invalid_request_payload");
  if (!Array.isArray(json.schemas)) return scimError("missing_schema_element");
  let active: boolean | null;
  if (replace) {
    active = "active" in json ? asBoolean(json.active) : true;
  } else {
    if (!json.schemas.includes(SCIM.patchOp) && json.Operations !== undefined) return scimError("missing_schema_element");
    const parsed = activeFromPatch(json);
    if (parsed === "invalid") return scimError("invalid_request_payload");
    active = parsed.active;
  }
  if (active !== null && active === user.deleted) {
    const failure = setActive(sim, caller, user, active);
    if (failure) return failure;
  }
  return jsonReply(200, userResource(caller.workspace, user));
}

/** DELETE deactivates (Slack never hard-deletes accounts) and answers 204. */
export function deleteUser(sim: Simulator, caller: Caller, id: string): Reply {
  const user = findUser(caller, id);
  if (!user) return scimError("no_such_user");
  if (!user.deleted) {
    const failure = setActive(sim, caller, user, false);
    if (failure) return failure;
  }
  return { status: 204, headers: {}, body: "" };
}
