import { JobFailure } from "@/lib/jobs/context";
import { scimRequest } from "@/lib/slack/scim-client";
import { stopIfCancelled, type ListEnv } from "./list-env";

interface ScimListResponse<T> {
  Resources?: T[];
  totalResults?: number;
}

export interface ScimTarget {
  baseUrl: string;
  token: string;
  accountFilter: string;
  groupFilter: string;
}

/**
 * Pages a SCIM collection with startIndex/count until totalResults is reached. The end is known from
 * totalResults, so no extra empty page is requested. Items are keyed by id: offset paging over a
 * changing workspace can repeat an item, and a repeat must not count twice.
 */
export async function pageScim<T, R extends { nativeId: string }>(
  env: ListEnv,
  t: ScimTarget,
  resource: "Users" | "Groups",
  filter: string,
  map: (item: T) => R | null,
  onPage: (collected: number, total: number) => Promise<void>,
): Promise<R[]> {
  const byId = new Map<string, R>();
  let startIndex = 1;
  for (;;) {
    await stopIfCancelled(env);
    const query = new URLSearchParams({ startIndex: String(startIndex), count: String(env.pageSize) });
    if (filter) query.set("filter", filter);
    const res = await env.call(`SCIM GET /${resource}`, () =>
      scimRequest<ScimListResponse<T>>(t.baseUrl, t.token, `${resource}?${query}`, { timeoutMs: env.timeoutMs, fetch: env.fetch }),
    );
    const items = Array.isArray(res.body?.Resources) ? res.body.Resources : [];
    const total = typeof res.body?.totalResults === "number" ? res.body.totalResults : startIndex - 1 + items.length;
    for (const item of items) {
      const mapped = map(item);
      if (mapped) byId.set(mapped.nativeId, mapped);
    }
    await onPage(byId.size, total);
    const next = startIndex + items.length;
    if (next > total) return [...byId.values()];
    if (items.length === 0) {
      // A short listing must never be applied: it would mark the missing accounts removed.
      throw new JobFailure(`Slack's SCIM ${resource} listing ended early (${startIndex - 1} of ${total}). Nothing was changed; the next run will try again.`, {}, false);
    }
    startIndex = next;
  }
}
