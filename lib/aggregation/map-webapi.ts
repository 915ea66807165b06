import type { UsergroupsListResponse, UsersListResponse } from "@slack/web-api";
import type { AccountFlags, ListedAccount, ListedGroup } from "./types";

export type Member = NonNullable<UsersListResponse["members"]>[number];
type Usergroup = NonNullable<UsergroupsListResponse["usergroups"]>[number];

/** Profile fields worth keeping; images, status and avatar hashes change often and mean nothing here. */
const PROFILE_KEYS = [
  "real_name", "display_name", "email", "first_name", "last_name", "title", "phone", "team", "bot_id", "api_app_id",
  "guest_invited_by", "guest_expiration_ts", "pronouns", "start_date",
] as const;

const MEMBER_KEYS = [
  "id", "team_id", "name", "deleted", "real_name", "tz", "tz_label", "tz_offset", "is_admin", "is_owner", "is_primary_owner",
  "is_restricted", "is_ultra_restricted", "is_bot", "is_app_user", "is_workflow_bot", "is_invited_user", "is_email_confirmed",
  "has_2fa", "two_factor_type", "updated", "enterprise_user",
] as const;

function pick(source: object, keys: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const record = source as Record<string, unknown>;
  for (const k of keys) if (record[k] !== undefined) out[k] = record[k];
  return out;
}

export function text(value: unknown): string | null {
  return typeof value === "string" && value.trim() !== "" ? value : null;
}

const flag = (value: boolean | undefined): boolean | undefined => (value === undefined ? undefined : value === true);

/**
 * A users.list member's role flags; SCIM mode takes these too when the token has users:read.
 * Slack returns a deactivated user "reduced": `deleted: true` and no role flags at all. Those flags are
 * left undefined so the account keeps what it had (a deactivated admin stays visible as an admin).
 */
export function flagsOfMember(m: Member): AccountFlags {
  // Slackbot is not flagged is_bot by Slack, but it is no person.
  const bot = m.is_bot === true || m.is_app_user === true || m.is_workflow_bot === true || m.id === "USLACKBOT";
  const restricted = flag(m.is_restricted);
  const ultra = flag(m.is_ultra_restricted);
  return {
    isAdmin: flag(m.is_admin),
    isOwner: flag(m.is_owner),
    isPrimaryOwner: flag(m.is_primary_owner),
    isMultiChannelGuest: restricted === undefined ? undefined : restricted && ultra !== true,
    isSingleChannelGuest: ultra,
    isBot: bot,
    isInvited: m.deleted ? flag(m.is_invited_user) : m.is_invited_user === true,
  };
}

export function accountFromMember(m: Member): ListedAccount | null {
  if (!m.id) return null;
  const profile = m.profile ?? {};
  const raw = pick(m, MEMBER_KEYS);
  raw.profile = pick(profile, PROFILE_KEYS);
  const email = text(profile.email);
  return {
    nativeId: m.id,
    userName: text(m.name),
    displayName: text(profile.display_name),
    realName: text(profile.real_name) ?? text(m.real_name),
    emails: email ? [email] : [],
    title: text(profile.title),
    isActive: m.deleted !== true,
    flags: flagsOfMember(m),
    raw,
  };
}

export function groupFromUsergroup(g: Usergroup): ListedGroup | null {
  if (!g.id || !g.name) return null;
  return {
    nativeId: g.id,
    name: g.name,
    description: text(g.description),
    members: (g.users ?? []).filter((u): u is string => typeof u === "string"),
    raw: pick(g, ["id", "team_id", "name", "handle", "description", "is_external", "is_idp_group", "auto_type", "date_create", "date_update", "created_by"]),
  };
}
