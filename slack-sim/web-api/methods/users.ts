import type { UsersInfoResponse, UsersListResponse, UsersLookupByEmailResponse } from "@slack/web-api";
import { decodeCursor, encodeCursor } from "../../core/cursor";
import { fail, invalidArgument, missingArgument } from "../errors";
import { buildInfoUser, buildMember, type MemberOptions } from "../member";
import type { MethodContext } from "../method-context";

/** Without `limit`, Slack tries to return everyone and refuses on large teams. */
export const LIMIT_REQUIRED_ABOVE = 1000;
const MAX_PAGE = 1000;

function memberOptions(ctx: MethodContext): MemberOptions {
  return { includeEmail: ctx.caller.spec.scopes.includes("users:read.email"), includeLocale: ctx.params.bool("include_locale") };
}

/** users.list: every account (deactivated, invited, bots and Slackbot included), cursor-paginated. */
export function usersList(ctx: MethodContext): UsersListResponse {
  const ws = ctx.caller.workspace;
  const users = ws.emptyListing ? [] : ws.users;
  const limit = ctx.params.int("limit");
  if (limit !== undefined && (Number.isNaN(limit) || limit < 0)) return invalidArgument("limit", "must be a positive integer");
  let start = 0;
  const cursor = ctx.params.string("cursor");
  if (cursor !== undefined) {
    const id = decodeCursor("user", cursor);
    const user = id ? ws.user(id) : undefined;
    if (!user) return fail("invalid_cursor");
    start = user.index;
  }
  let pageSize = limit === undefined || limit === 0 ? users.length : Math.min(limit, MAX_PAGE);
  if ((limit === undefined || limit === 0) && users.length > LIMIT_REQUIRED_ABOVE) return fail("limit_required");
  pageSize = Math.max(pageSize, 1);
  const page = users.slice(start, start + pageSize);
  const next = users[start + pageSize];
  const opts = memberOptions(ctx);
  return {
    ok: true,
    members: page.map((u) => buildMember(u, ws.team, opts)),
    cache_ts: ctx.clock,
    response_metadata: { next_cursor: next ? encodeCursor("user", next.id) : "" },
  };
}

export function usersInfo(ctx: MethodContext): UsersInfoResponse {
  const id = ctx.params.string("user");
  if (!id) return missingArgument("user");
  const user = ctx.caller.workspace.user(id);
  if (!user) return fail("user_not_found");
  return { ok: true, user: buildInfoUser(user, ctx.caller.workspace.team, memberOptions(ctx)) };
}

export function usersLookupByEmail(ctx: MethodContext): UsersLookupByEmailResponse {
  const email = ctx.params.string("email");
  if (!email) return missingArgument("email");
  const user = ctx.caller.workspace.userByEmail(email);
  if (!user || user.deleted) return fail("users_not_found");
  return { ok: true, user: buildInfoUser(user, ctx.caller.workspace.team, memberOptions(ctx)) };
}
