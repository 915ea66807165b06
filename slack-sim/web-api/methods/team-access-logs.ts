import type { TeamAccessLogsResponse } from "@slack/web-api";
import { decodeCursor, encodeCursor } from "../../core/cursor";
import type { Workspace } from "../../model/workspace";
import { fail, invalidArgument } from "../errors";
import type { MethodContext } from "../method-context";

type Login = NonNullable<TeamAccessLogsResponse["logins"]>[number];

/** Slack's paging ceiling: at most 1000 per page and 100 pages; go further back with `before`. */
export const MAX_COUNT = 1000;
export const MAX_PAGE = 100;
const DEFAULT_COUNT = 100;

function buildLogin(ws: Workspace, entryId: number): Login {
  const e = ws.accessLogs.entry(entryId);
  const user = ws.users[e.userIndex];
  const combo = user.combos[e.combo];
  const client = user.clients[combo.client];
  const ip = user.ips[combo.ip];
  return {
    user_id: user.id, username: user.name, date_first: e.dateFirst, date_last: e.dateLast, count: e.count,
    ip: ip.ip, user_agent: client.userAgent, isp: ip.isp, country: ip.country, region: ip.region,
  };
}

function parseBefore(raw: string | undefined, clock: number): number | null {
  if (raw === undefined || raw === "now") return clock;
  if (!/^\d+(\.\d+)?$/.test(raw)) return null;
  return Math.min(Math.floor(Number(raw)), clock);
}

/**
 * team.accessLogs: roll-ups per (user, ip, user agent) as of the clock, newest `date_last` first.
 * `before` is inclusive on `date_last`. Classic `count`/`page` answers with `paging`; sending `limit`
 * (or a cursor) switches to cursor mode, answered with `response_metadata.next_cursor`.
 */
export function teamAccessLogs(ctx: MethodContext): TeamAccessLogsResponse {
  const ws = ctx.caller.workspace;
  const before = parseBefore(ctx.params.string("before"), ctx.clock);
  if (before === null) return invalidArgument("before", "must be a unix timestamp or \"now\"");
  ws.accessLogs.ensure(ctx.clock);
  const { ids } = ws.accessLogs.sorted();
  const start = ws.accessLogs.positionAtOrBefore(before);

  const limit = ctx.params.int("limit");
  const cursor = ctx.params.string("cursor");
  if ((limit !== undefined && limit !== 0) || cursor !== undefined) {
    if (limit !== undefined && (Number.isNaN(limit) || limit < 0 || limit > MAX_COUNT)) return fail("invalid_limit");
    let from = start;
    if (cursor !== undefined) {
      const value = decodeCursor("login", cursor);
      const match = value ? /^(\d+)\.(\d+)$/.exec(value) : null;
      if (!match) return fail("invalid_cursor");
      from = Math.max(start, ws.accessLogs.positionAfter(Number(match[1]), Number(match[2])));
    }
    const size = limit || DEFAULT_COUNT;
    const end = Math.min(ids.length, from + size);
    const logins: Login[] = [];
    for (let p = from; p < end; p++) logins.push(buildLogin(ws, ids[p]));
    const lastId = end > from ? ids[end - 1] : -1;
    const nextCursor = end < ids.length && lastId >= 0 ? encodeCursor("login", `${ws.accessLogs.entry(lastId).dateLast}.${lastId}`) : "";
    return { ok: true, logins, response_metadata: { next_cursor: nextCursor } };
  }

  const count = ctx.params.int("count") ?? DEFAULT_COUNT;
  const page = ctx.params.int("page") ?? 1;
  if (Number.isNaN(count) || Number.isNaN(page)) return invalidArgument("count", "count and page must be integers");
  if (count > MAX_COUNT || page > MAX_PAGE) return fail("over_pagination_limit");
  const perPage = count < 1 ? DEFAULT_COUNT : count;
  const pageNumber = Math.max(1, page);
  const total = ids.length - start;
  const from = start + (pageNumber - 1) * perPage;
  const end = Math.min(ids.length, from + perPage);
  const logins: Login[] = [];
  for (let p = from; p < end; p++) logins.push(buildLogin(ws, ids[p]));
  return {
    ok: true, logins,
    paging: { count: perPage, total, page: pageNumber, pages: Math.ceil(total / perPage) },
    response_metadata: { next_cursor: "" },
  };
}
