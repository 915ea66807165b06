import type { WebClient } from "@slack/web-api";
import type { AccessLogPage } from "./pager";
import type { AccessLogEntry } from "./types";

type Login = NonNullable<Awaited<ReturnType<WebClient["team"]["accessLogs"]>>["logins"]>[number];

function toEntry(l: Login): AccessLogEntry | null {
  if (!l.user_id || typeof l.date_last !== "number") return null;
  const dateLast = Math.floor(l.date_last);
  return {
    userId: l.user_id,
    username: l.username ?? null,
    ip: l.ip ?? "",
    userAgent: l.user_agent ?? "",
    dateFirst: Math.floor(typeof l.date_first === "number" ? Math.min(l.date_first, dateLast) : dateLast),
    dateLast,
    count: Math.max(1, Math.floor(l.count ?? 1)),
    isp: l.isp || null,
    country: l.country || null,
    region: l.region || null,
  };
}

/** One classic-paging request: `count`/`page` (Slack's 1000/100 ceilings) and an inclusive `before`. */
export async function fetchAccessLogPage(client: WebClient, args: { before: number | null; page: number; count: number }): Promise<AccessLogPage> {
  const r = await client.team.accessLogs({ count: args.count, page: args.page, ...(args.before !== null ? { before: args.before } : {}) });
  const entries: AccessLogEntry[] = [];
  for (const l of r.logins ?? []) {
    const e = toEntry(l);
    if (e) entries.push(e);
  }
  return { entries, pages: r.paging?.pages ?? null, total: r.paging?.total ?? null };
}

/** One team.billableInfo page (cursor paging, up to 1000 users). */
export async function fetchBillablePage(client: WebClient, cursor: string | undefined): Promise<{ users: Array<[string, boolean]>; next: string }> {
  const r = await client.team.billableInfo({ limit: 1000, ...(cursor ? { cursor } : {}) });
  const users: Array<[string, boolean]> = Object.entries(r.billable_info ?? {}).map(([id, info]) => [id, info?.billing_active === true]);
  return { users, next: r.response_metadata?.next_cursor ?? "" };
}
