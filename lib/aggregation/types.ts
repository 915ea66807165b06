/**
 * What a listing keeps of each Slack user and group. Only these fields stay in memory while a run
 * lists (up to 100k users), so raw attributes are trimmed copies, not whole API objects.
 */

/** Role flags; `undefined` means "this listing does not say" (the stored value is kept). */
export interface AccountFlags {
  isAdmin?: boolean;
  isOwner?: boolean;
  isPrimaryOwner?: boolean;
  isMultiChannelGuest?: boolean;
  isSingleChannelGuest?: boolean;
  isBot?: boolean;
  isInvited?: boolean;
}

export interface ListedAccount {
  nativeId: string;
  userName: string | null;
  displayName: string | null;
  realName: string | null;
  /** Primary email first; empty when Slack shows none (no users:read.email, bots). */
  emails: string[];
  title: string | null;
  isActive: boolean;
  flags: AccountFlags;
  raw: Record<string, unknown>;
}

export interface ListedGroup {
  nativeId: string;
  name: string;
  description: string | null;
  /** Slack user ids of the members. */
  members: string[];
  raw: Record<string, unknown>;
}

/** A complete listing: only a listing that reached its end is ever applied. */
export interface Listing {
  accounts: ListedAccount[];
  groups: ListedGroup[];
}

export type AccountRole = "primary_owner" | "owner" | "admin" | "member" | "multi_channel_guest" | "single_channel_guest" | "bot";
export type AccountType = "human" | "guest" | "bot";

/** Counters a run reports on its job_runs row, whatever the outcome. */
export interface RequestStats {
  /** Every HTTP request sent to Slack, including retried and rate-limited ones. */
  requests: number;
  /** Account pages received (SCIM /Users or users.list). */
  pages: number;
  /** SCIM mode: pages of the two guest listings (/Users filtered on restricted / ultra_restricted). */
  guestPages: number;
  /** SCIM mode: users.list pages read for admin, owner and bot flags (only with users:read). */
  rolePages: number;
  /** Group pages received (SCIM /Groups pages or the one usergroups.list call). */
  groupPages: number;
  /** Requests that failed transiently and were sent again. */
  retries: number;
  /** 429 answers waited out. */
  rateLimited: number;
}

export function emptyStats(): RequestStats {
  return { requests: 0, pages: 0, guestPages: 0, rolePages: 0, groupPages: 0, retries: 0, rateLimited: 0 };
}
