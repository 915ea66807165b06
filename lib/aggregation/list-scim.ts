import type { WebClient } from "@slack/web-api";
import { JobFailure } from "@/lib/jobs/context";
import type { ListEnv } from "./list-env";
import { accountFromScimUser, groupFromScimGroup, type ScimGroup, type ScimUser } from "./map-scim";
import { withScimFlags } from "./scim-flags";
import { listScimGuests } from "./scim-guests";
import { pageScim, type ScimTarget } from "./scim-paging";
import { listRoleFlags, mayReadRoles } from "./scim-roles";
import type { ListedAccount, ListedGroup, Listing } from "./types";

/** lib/slack words every SCIM filter error for the account filter; on /Groups it was the group filter. */
function groupFilterWording(error: unknown): unknown {
  if (!(error instanceof JobFailure) || !/account filter|Filter Condition for Accounts/.test(error.message)) return error;
  const message = error.message.replace("account filter", "group filter").replace("Filter Condition for Accounts", "Filter Condition for Groups").replace(/userName eq "jdoe" or email co "@example.com"/, 'displayName sw "Eng"');
  return new JobFailure(message, error.counts, error.retryable);
}

/**
 * SCIM mode: auth.test (which scopes the token has), the /Users listing, the two guest listings,
 * users.list for admin/owner/bot flags when the token has users:read, then /Groups. Everything is read
 * before anything is applied, as in Web API mode.
 */
export async function listScim(env: ListEnv, t: ScimTarget, client: WebClient): Promise<Listing> {
  const readRoles = await mayReadRoles(env, client);
  env.progress.planScimFollowUps({ guestListings: 2, roleLookup: readRoles });
  const listed = await pageScim<ScimUser, ListedAccount>(env, t, "Users", t.accountFilter, accountFromScimUser, async (collected, total) => {
    env.stats.pages++;
    env.progress.setTotal(total, false);
    await env.progress.accountsListed(collected);
  });
  const ids = new Set(listed.map((a) => a.nativeId));
  const guests = await listScimGuests(env, t, ids);
  const roles = readRoles ? await listRoleFlags(env, client, ids) : null;
  const groups = await pageScim<ScimGroup, ListedGroup>(env, t, "Groups", t.groupFilter, groupFromScimGroup, async (collected) => {
    env.stats.groupPages++;
    await env.progress.groupsListed(collected);
  }).catch((error: unknown) => {
    throw groupFilterWording(error);
  });
  return { accounts: withScimFlags(listed, guests, roles), groups };
}
