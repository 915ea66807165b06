import type { TeamIntegrationLogsResponse } from "@slack/web-api";
import type { SimIntegrationLog } from "../../model/types";
import { invalidArgument } from "../errors";
import type { MethodContext } from "../method-context";

type Log = NonNullable<TeamIntegrationLogsResponse["logs"]>[number];

function buildLog(l: SimIntegrationLog): Log {
  const log: Log = { user_id: l.userId, user_name: l.userName, date: String(l.date), change_type: l.changeType };
  if (l.appId) {
    log.app_id = l.appId;
    log.app_type = l.appType ?? undefined;
  } else {
    log.service_id = l.serviceId ?? undefined;
    log.service_type = l.serviceType ?? undefined;
  }
  log.scope = l.scope;
  if (l.channel) log.channel = l.channel;
  if (l.reason) log.reason = l.reason;
  return log;
}

/** team.integrationLogs: newest first, classic count/page paging only, with Slack's filters. */
export function teamIntegrationLogs(ctx: MethodContext): TeamIntegrationLogsResponse {
  const { params } = ctx;
  const appId = params.string("app_id");
  const changeType = params.string("change_type");
  const serviceId = params.string("service_id");
  const user = params.string("user");
  const count = params.int("count") ?? 100;
  const page = params.int("page") ?? 1;
  if (Number.isNaN(count) || Number.isNaN(page)) return invalidArgument("count", "count and page must be integers");
  const perPage = Math.min(1000, Math.max(1, count));
  const pageNumber = Math.max(1, page);
  const logs = ctx.caller.workspace.integrationLogs.filter(
    (l) => l.date <= ctx.clock && (!appId || l.appId === appId) && (!changeType || l.changeType === changeType)
      && (!serviceId || String(l.serviceId) === serviceId) && (!user || l.userId === user),
  );
  const from = (pageNumber - 1) * perPage;
  return {
    ok: true,
    logs: logs.slice(from, from + perPage).map(buildLog),
    paging: { count: perPage, total: logs.length, page: pageNumber, pages: Math.ceil(logs.length / perPage) },
  };
}
