import { text } from "./map-webapi";
import type { AccountFlags, ListedAccount, ListedGroup } from "./types";

const ENTERPRISE_EXT = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";
const PROFILE_EXT = "urn:ietf:params:scim:schemas:extension:slack:profile:2.0:User";
const GUEST_EXT = "urn:ietf:params:scim:schemas:extension:slack:guest:2.0:User";

export interface ScimUser {
  id?: string;
  userName?: string;
  nickName?: string;
  displayName?: string;
  name?: { givenName?: string; familyName?: string; formatted?: string };
  title?: string;
  active?: boolean;
  emails?: Array<{ value?: string; primary?: boolean }>;
  userType?: string | null;
  roles?: Array<{ value?: string; primary?: boolean }>;
  [key: string]: unknown;
}

export interface ScimGroup {
  id?: string;
  displayName?: string;
  members?: Array<{ value?: string; display?: string }>;
  [key: string]: unknown;
}

/** Attributes worth keeping; photos, meta and links are noise for governance. */
const USER_KEYS = ["id", "externalId", "userName", "nickName", "name", "displayName", "title", "timezone", "active", "emails", "userType", "roles", "locale", "preferredLanguage", ENTERPRISE_EXT, PROFILE_EXT, GUEST_EXT];

function pick(source: Record<string, unknown>, keys: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of keys) if (source[k] !== undefined) out[k] = source[k];
  return out;
}

const norm = (v: string) => v.trim().toLowerCase().replace(/[\s-]+/g, "_");

/** Primary email first, then the others, without duplicates. */
function emailsOf(u: ScimUser): string[] {
  const list = (u.emails ?? []).filter((e) => text(e.value));
  list.sort((a, b) => Number(b.primary === true) - Number(a.primary === true));
  return [...new Set(list.map((e) => e.value!.trim()))];
}

/**
 * What the SCIM user resource itself shows. Slack's SCIM users carry no admin/owner/bot markers; roles[]
 * and userType are honoured when an IdP-style value is present, and multi-channel guests show through
 * Slack's guest extension (Enterprise plans). The run adds the guest listings and, with users:read,
 * users.list's flags on top (scim-flags.ts); whatever none of them shows reads as a plain member.
 */
function flagsOf(u: ScimUser): AccountFlags {
  const roles = new Set((u.roles ?? []).map((r) => (typeof r.value === "string" ? norm(r.value) : "")).filter(Boolean));
  const userType = typeof u.userType === "string" ? norm(u.userType) : "";
  const guest = u[GUEST_EXT] as { type?: unknown } | undefined;
  const guestType = typeof guest?.type === "string" ? guest.type.toLowerCase() : guest ? "multi" : "";
  const single = guestType === "single" || userType === "single_channel_guest" || roles.has("single_channel_guest");
  const multi = !single && (guestType === "multi" || userType === "multi_channel_guest" || userType === "guest" || roles.has("multi_channel_guest"));
  const primaryOwner = roles.has("primary_owner");
  const owner = primaryOwner || roles.has("owner");
  return {
    isAdmin: owner || roles.has("admin"),
    isOwner: owner,
    isPrimaryOwner: primaryOwner,
    isMultiChannelGuest: multi,
    isSingleChannelGuest: single,
    isBot: userType === "bot" || roles.has("bot"),
    isInvited: false,
  };
}

export function accountFromScimUser(u: ScimUser): ListedAccount | null {
  if (!text(u.id)) return null;
  const given = text(u.name?.givenName);
  const family = text(u.name?.familyName);
  const realName = text(u.name?.formatted) ?? ([given, family].filter(Boolean).join(" ") || null);
  return {
    nativeId: u.id!,
    userName: text(u.userName),
    displayName: text(u.displayName),
    realName,
    emails: emailsOf(u),
    title: text(u.title),
    isActive: u.active !== false,
    flags: flagsOf(u),
    raw: pick(u, USER_KEYS),
  };
}

export function groupFromScimGroup(g: ScimGroup): ListedGroup | null {
  if (!text(g.id) || !text(g.displayName)) return null;
  return {
    nativeId: g.id!,
    name: g.displayName!,
    description: null,
    members: (g.members ?? []).map((m) => m.value).filter((v): v is string => typeof v === "string" && v !== ""),
    raw: pick(g, ["id", "displayName", "meta"]),
  };
}
