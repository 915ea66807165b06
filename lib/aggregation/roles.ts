import type { AccountRole, AccountType } from "./types";

/** Resolved flags: every one known (after falling back to the stored values). */
export interface ResolvedFlags {
  isAdmin: boolean;
  isOwner: boolean;
  isPrimaryOwner: boolean;
  isMultiChannelGuest: boolean;
  isSingleChannelGuest: boolean;
  isBot: boolean;
  isInvited: boolean;
}

/** Role entitlements every Slack source has, most privileged first; native id = the role key. */
export const ROLE_ENTITLEMENTS: ReadonlyArray<{ role: AccountRole; name: string; description: string }> = [
  { role: "primary_owner", name: "Primary Owner", description: "The workspace's primary owner: full control, including billing and deleting the workspace." },
  { role: "owner", name: "Workspace Owner", description: "Owners manage the workspace, its admins and its settings." },
  { role: "admin", name: "Workspace Admin", description: "Admins manage members, channels and some workspace settings." },
  { role: "member", name: "Member", description: "A full member of the workspace." },
  { role: "multi_channel_guest", name: "Multi-Channel Guest", description: "A guest limited to the channels they were invited to." },
  { role: "single_channel_guest", name: "Single-Channel Guest", description: "A guest limited to one channel." },
  { role: "bot", name: "Bot", description: "A bot or app user." },
];

/**
 * One role per account, the most privileged it holds. Slack marks owners as admins too, so the
 * order of the checks matters; a bot is a bot whatever else it carries.
 */
export function roleOf(f: ResolvedFlags): AccountRole {
  if (f.isBot) return "bot";
  if (f.isPrimaryOwner) return "primary_owner";
  if (f.isOwner) return "owner";
  if (f.isAdmin) return "admin";
  if (f.isSingleChannelGuest) return "single_channel_guest";
  if (f.isMultiChannelGuest) return "multi_channel_guest";
  return "member";
}

export function accountTypeOf(f: ResolvedFlags): AccountType {
  if (f.isBot) return "bot";
  if (f.isMultiChannelGuest || f.isSingleChannelGuest) return "guest";
  return "human";
}
