import type { ScimGuests } from "./scim-guests";
import type { AccountFlags, ListedAccount } from "./types";

/**
 * One SCIM account's flags from everything a SCIM-mode run read:
 * - `scim`: what the user resource itself shows (roles[], userType, Slack's guest extension);
 * - `guests`: the restricted / ultra_restricted listings (null when Slack refused that filter);
 * - `member`: the users.list flags, when the token has users:read and users.list had the account.
 * users.list is Slack's own answer, so it wins wherever it says something. A deactivated user comes back
 * from users.list without role flags; those stay undefined (the stored value is kept, as in Web API
 * mode), except the guest flags, which the SCIM guest listings answer for deactivated accounts too.
 */
export function mergeScimFlags(nativeId: string, scim: AccountFlags, guests: ScimGuests, member: AccountFlags | undefined): AccountFlags {
  const single = scim.isSingleChannelGuest === true || (guests.single?.has(nativeId) ?? false);
  // Slack's Web API marks single-channel guests restricted too; a guest is one kind or the other.
  const multi = !single && (scim.isMultiChannelGuest === true || (guests.multi?.has(nativeId) ?? false));
  if (!member) return { ...scim, isMultiChannelGuest: multi, isSingleChannelGuest: single };
  const memberKnowsGuests = member.isMultiChannelGuest !== undefined || member.isSingleChannelGuest !== undefined;
  return {
    ...member,
    isMultiChannelGuest: memberKnowsGuests ? member.isMultiChannelGuest === true : multi,
    isSingleChannelGuest: memberKnowsGuests ? member.isSingleChannelGuest === true : single,
  };
}

export function withScimFlags(accounts: ListedAccount[], guests: ScimGuests, roles: ReadonlyMap<string, AccountFlags> | null): ListedAccount[] {
  return accounts.map((a) => ({ ...a, flags: mergeScimFlags(a.nativeId, a.flags, guests, roles?.get(a.nativeId)) }));
}
