import type { WebClient } from "@slack/web-api";
import { JobFailure } from "@/lib/jobs/context";
import { stopIfCancelled, type ListEnv } from "./list-env";
import { accountFromMember, groupFromUsergroup, type Member } from "./map-webapi";
import type { ListedAccount, ListedGroup, Listing } from "./types";

/**
 * users.list page by page with `limit` = the page size, following next_cursor until Slack answers an
 * empty one (Slack signals the end on the last page itself, so no extra request is made). A 429 or a
 * transient fault repeats the same cursor, never the listing from the start. `onPage` sees each
 * page's members; the caller keeps what it needs and counts the page.
 */
export async function pageUsersList(env: ListEnv, client: WebClient, onPage: (members: Member[]) => Promise<void>): Promise<void> {
  const seenCursors = new Set<string>();
  let cursor: string | undefined;
  for (;;) {
    await stopIfCancelled(env);
    const page = await env.call("users.list", () => client.users.list({ limit: env.pageSize, ...(cursor ? { cursor } : {}) }), "web");
    await onPage(page.members ?? []);
    const next = page.response_metadata?.next_cursor ?? "";
    if (next === "") return;
    if (seenCursors.has(next)) {
      throw new JobFailure("Slack's users.list returned the same page cursor twice, so the listing could not finish. Nothing was changed.", {}, false);
    }
    seenCursors.add(next);
    cursor = next;
  }
}

async function listUsers(env: ListEnv, client: WebClient): Promise<ListedAccount[]> {
  const byId = new Map<string, ListedAccount>();
  await pageUsersList(env, client, async (members) => {
    env.stats.pages++;
    for (const member of members) {
      const account = accountFromMember(member);
      if (account) byId.set(account.nativeId, account);
    }
    await env.progress.accountsListed(byId.size);
  });
  return [...byId.values()];
}

/** usergroups.list has no paging: one call returns every enabled group with its members. */
async function listGroups(env: ListEnv, client: WebClient): Promise<ListedGroup[]> {
  await stopIfCancelled(env);
  const res = await env.call("usergroups.list", () => client.usergroups.list({ include_users: true, include_disabled: false }));
  env.stats.groupPages++;
  const groups = (res.usergroups ?? []).map(groupFromUsergroup).filter((g): g is ListedGroup => g !== null);
  await env.progress.groupsListed(groups.length);
  return groups;
}

export async function listWebApi(env: ListEnv, client: WebClient): Promise<Listing> {
  const accounts = await listUsers(env, client);
  const groups = await listGroups(env, client);
  return { accounts, groups };
}
