import type { UsersInfoResponse, UsersListResponse } from "@slack/web-api";
import type { SimTeam, SimUser } from "../model/types";

/** The SDK's own shapes: a drift in them fails typecheck here. */
export type Member = NonNullable<UsersListResponse["members"]>[number];
export type InfoUser = NonNullable<UsersInfoResponse["user"]>;
type MemberProfile = NonNullable<Member["profile"]>;

export interface MemberOptions {
  /** `profile.email` is only present with the users:read.email scope. */
  includeEmail: boolean;
  includeLocale: boolean;
}

function images(user: SimUser): Pick<MemberProfile, "image_24" | "image_32" | "image_48" | "image_72" | "image_192" | "image_512"> {
  const url = (size: number) => `https://secure.gravatar.com/avatar/${user.avatarHash.slice(1)}.jpg?s=${size}&d=https%3A%2F%2Fa.slack-edge.com%2Fdf10d%2Fimg%2Favatars%2Fava_0001-${size}.png`;
  return { image_24: url(24), image_32: url(32), image_48: url(48), image_72: url(72), image_192: url(192), image_512: url(512) };
}

function profileOf(user: SimUser, team: SimTeam, opts: MemberOptions): MemberProfile {
  const profile: MemberProfile = {
    title: user.title, phone: "", skype: "", real_name: user.realName, real_name_normalized: user.realName,
    display_name: user.displayName, display_name_normalized: user.displayName, fields: {}, status_text: "", status_emoji: "",
    status_emoji_display_info: [], status_expiration: 0, avatar_hash: user.avatarHash,
  };
  if (opts.includeEmail && user.email) profile.email = user.email;
  if (user.role === "bot") {
    profile.bot_id = user.botId ?? undefined;
    profile.api_app_id = user.appId ?? undefined;
    profile.always_active = true;
  }
  if (user.role === "slackbot") profile.always_active = true;
  if (user.role !== "bot" && user.role !== "slackbot") {
    profile.first_name = user.firstName;
    profile.last_name = user.lastName;
  }
  return { ...profile, ...images(user), status_text_canonical: "", team: team.id };
}

/**
 * A Slack user object as users.list / users.info return it. Deactivated accounts come back reduced
 * (`deleted: true`, no role flags or time zone), as Slack returns them.
 */
export function buildMember(user: SimUser, team: SimTeam, opts: MemberOptions): Member {
  const profile = profileOf(user, team, opts);
  if (user.deleted) {
    return {
      id: user.id, team_id: team.id, name: user.name, deleted: true, profile, is_bot: user.role === "bot",
      is_app_user: false, updated: user.updated,
    };
  }
  const owner = user.role === "owner" || user.role === "primary_owner";
  const member: Member = {
    id: user.id, team_id: team.id, name: user.name, deleted: false, color: user.color, real_name: user.realName,
    tz: user.tz, tz_label: user.tzLabel, tz_offset: user.tzOffset, profile,
    is_admin: owner || user.role === "admin", is_owner: owner, is_primary_owner: user.role === "primary_owner",
    is_restricted: user.role === "multi_channel_guest" || user.role === "single_channel_guest",
    is_ultra_restricted: user.role === "single_channel_guest", is_bot: user.role === "bot", is_app_user: false,
    updated: user.updated, is_email_confirmed: !user.invited && user.email !== null,
  };
  if (user.invited) member.is_invited_user = true;
  if (user.role !== "bot" && user.role !== "slackbot") {
    member.has_2fa = user.has2fa;
    member.who_can_share_contact_card = "EVERYONE";
  }
  if (team.enterpriseId) {
    member.enterprise_user = {
      id: user.id, enterprise_id: team.enterpriseId, enterprise_name: team.enterpriseName ?? "", is_admin: member.is_admin,
      is_owner: member.is_owner, is_primary_owner: member.is_primary_owner, teams: [team.id],
    };
  }
  if (opts.includeLocale) member.locale = "en-US";
  return member;
}

export function buildInfoUser(user: SimUser, team: SimTeam, opts: MemberOptions): InfoUser {
  return buildMember(user, team, opts);
}
