import type { TeamBillableInfoResponse } from "@slack/web-api";
import { decodeCursor, encodeCursor } from "../../core/cursor";
import { isBillableAccount, isBillingActive } from "../../model/ground-truth";
import { fail, invalidArgument } from "../errors";
import type { MethodContext } from "../method-context";

type BillableInfo = NonNullable<TeamBillableInfoResponse["billable_info"]>;

/**
 * team.billableInfo: `billing_active` per user id (activity in the last 28 days, Fair Billing). Without
 * `limit` everything comes back in one response; with it, a cursor pages through in listing order.
 */
export function teamBillableInfo(ctx: MethodContext): TeamBillableInfoResponse {
  const ws = ctx.caller.workspace;
  const only = ctx.params.string("user");
  if (only) {
    const user = ws.user(only);
    if (!user || !isBillableAccount(user)) return fail("user_not_found");
    return { ok: true, billable_info: { [user.id]: { billing_active: isBillingActive(ws, user, ctx.clock) } } };
  }
  const limit = ctx.params.int("limit");
  if (limit !== undefined && (Number.isNaN(limit) || limit < 1 || limit > 1000)) return invalidArgument("limit", "must be between 1 and 1000");
  let start = 0;
  const cursor = ctx.params.string("cursor");
  if (cursor !== undefined) {
    const id = decodeCursor("user", cursor);
    const user = id ? ws.user(id) : undefined;
    if (!user) return fail("invalid_cursor");
    start = user.index;
  }
  const billableInfo: BillableInfo = {};
  let taken = 0;
  let index = start;
  for (; index < ws.users.length; index++) {
    const user = ws.users[index];
    if (!isBillableAccount(user)) continue;
    if (limit !== undefined && taken === limit) break;
    billableInfo[user.id] = { billing_active: isBillingActive(ws, user, ctx.clock) };
    taken++;
  }
  const next = ws.users.slice(index).find(isBillableAccount);
  return { ok: true, billable_info: billableInfo, response_metadata: { next_cursor: next ? encodeCursor("user", next.id) : "" } };
}
