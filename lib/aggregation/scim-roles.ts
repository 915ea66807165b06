import type { AuthTestResponse, WebClient } from "@slack/web-api";
import { callWithScopes } from "@/lib/slack/web-client";
import type { ListEnv } from "./list-env";
import { pageUsersList } from "./list-webapi";
import { flagsOfMember } from "./map-webapi";
import { SlackRequestRefused } from "./retry";
import type { AccountFlags } from "./types";

/**
 * Slack's SCIM user says nothing about admins, owners or bots. A token that also holds users:read can
 * read them from users.list (the Web API mode's own listing and mapping); without it they stay unknown.
 */
const ROLE_SCOPE = "users:read";

export const NO_ROLE_SCOPE_NOTE =
  "Roles other than guest are unknown in SCIM mode without users:read: Slack's SCIM API does not mark admins, owners or bots, so they count as members (bots as people). Add the users:read scope to the token to read them from users.list.";

export function notInUsersListNote(missing: number): string {
  return `${missing.toLocaleString("en-US")} account${missing === 1 ? " was" : "s were"} not in users.list, so ${missing === 1 ? "its roles" : "their roles"} other than guest are unknown (counted as members).`;
}

/** Codes meaning "this token may not call users.list", as opposed to a fault worth failing the run for. */
const SCOPE_REFUSALS = new Set(["missing_scope", "not_allowed_token_type", "no_permission"]);

/**
 * Whether to page users.list: asked of auth.test, whose X-OAuth-Scopes lists the token's scopes (the
 * same way Test Connection reads them). When the header is missing (a proxy stripped it) the lookup is
 * tried, and a refusal then counts as "no users:read".
 */
export async function mayReadRoles(env: ListEnv, client: WebClient): Promise<boolean> {
  const { scopes, scopesReported } = await env.call("auth.test", () => callWithScopes<AuthTestResponse>(client, "auth.test"), "web");
  if (!scopesReported || scopes.includes(ROLE_SCOPE)) return true;
  env.progress.note(NO_ROLE_SCOPE_NOTE);
  return false;
}

export function roleLookupRefusedNote(code: string): string {
  return `users.list answered "${code}", so roles other than guest are unknown in this run: admins, owners and bots count as members (bots as people).`;
}

/**
 * Pages users.list once and keeps the role flags of the accounts SCIM listed (users.list also returns
 * Slackbot and, with an account filter, people outside it). Null when Slack refused the call (no
 * scope, or e.g. an organisation token that users.list will not take without a team): the roles are
 * extra to the SCIM listing, so the run goes on without them and says so. Faults that outlast the
 * retries still fail the run, as for every other page.
 */
export async function listRoleFlags(env: ListEnv, client: WebClient, ids: ReadonlySet<string>): Promise<Map<string, AccountFlags> | null> {
  const flags = new Map<string, AccountFlags>();
  let read = 0;
  try {
    await pageUsersList(env, client, async (members) => {
      env.stats.rolePages++;
      read += members.length;
      for (const m of members) if (m.id && ids.has(m.id)) flags.set(m.id, flagsOfMember(m));
      await env.progress.rolesListed(read);
    });
  } catch (error) {
    if (!(error instanceof SlackRequestRefused)) throw error;
    const code = error.slack.code ?? `HTTP ${error.slack.status ?? "error"}`;
    env.progress.note(SCOPE_REFUSALS.has(code) ? NO_ROLE_SCOPE_NOTE : roleLookupRefusedNote(code));
    return null;
  }
  if (flags.size < ids.size) env.progress.note(notInUsersListNote(ids.size - flags.size));
  return flags;
}
