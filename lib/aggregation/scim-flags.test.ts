import { describe, expect, it } from "vitest";
import { accountFromScimUser } from "./map-scim";
import { flagsOfMember } from "./map-webapi";
import { mergeScimFlags } from "./scim-flags";
import { GUEST_FILTERS, guestFilter, guestFiltersIgnored, type ScimGuests } from "./scim-guests";

const scimFlags = (id: string) => accountFromScimUser({ id })!.flags;
const guests = (multi: string[] | null, single: string[] | null): ScimGuests => ({ multi: multi && new Set(multi), single: single && new Set(single) });

describe("guestFilter", () => {
  it("uses the guest condition alone without an account filter", () => {
    expect(guestFilter("  ", GUEST_FILTERS.multi)).toBe('restricted eq "1"');
  });

  it("wraps the account filter so its `or` cannot swallow the guest condition", () => {
    expect(guestFilter('userName sw "a" or email co "@corp"', GUEST_FILTERS.single)).toBe('(userName sw "a" or email co "@corp") and ultra_restricted eq "1"');
  });
});

describe("guestFiltersIgnored", () => {
  const listed = new Set(["U1", "U2"]);
  it("spots a server that answered every account to both guest filters", () => {
    expect(guestFiltersIgnored(guests(["U1", "U2"], ["U2", "U1"]), listed)).toBe(true);
  });

  it("accepts real answers, including an account filter that selects only guests", () => {
    expect(guestFiltersIgnored(guests(["U1", "U2"], []), listed)).toBe(false);
    expect(guestFiltersIgnored(guests(["U1"], ["U2"]), listed)).toBe(false);
    expect(guestFiltersIgnored(guests(null, ["U1", "U2"]), listed)).toBe(false);
    expect(guestFiltersIgnored(guests([], []), new Set())).toBe(false);
  });
});

describe("mergeScimFlags", () => {
  it("marks guests from the guest listings, single-channel winning over multi-channel", () => {
    const g = guests(["U1", "U2"], ["U2"]);
    expect(mergeScimFlags("U1", scimFlags("U1"), g, undefined)).toMatchObject({ isMultiChannelGuest: true, isSingleChannelGuest: false, isAdmin: false, isBot: false });
    expect(mergeScimFlags("U2", scimFlags("U2"), g, undefined)).toMatchObject({ isMultiChannelGuest: false, isSingleChannelGuest: true });
    expect(mergeScimFlags("U3", scimFlags("U3"), g, undefined)).toMatchObject({ isMultiChannelGuest: false, isSingleChannelGuest: false });
  });

  it("keeps an account a member when Slack refused the guest filter", () => {
    expect(mergeScimFlags("U1", scimFlags("U1"), guests(null, null), undefined)).toMatchObject({ isMultiChannelGuest: false, isSingleChannelGuest: false });
  });

  it("takes admin, owner and bot flags from users.list, mapped as in Web API mode", () => {
    const owner = flagsOfMember({ id: "U1", is_admin: true, is_owner: true, is_primary_owner: true, is_restricted: false, is_ultra_restricted: false, is_bot: false });
    expect(mergeScimFlags("U1", scimFlags("U1"), guests([], []), owner)).toMatchObject({ isAdmin: true, isOwner: true, isPrimaryOwner: true, isBot: false, isMultiChannelGuest: false });
    const app = flagsOfMember({ id: "U2", is_bot: false, is_app_user: true });
    expect(mergeScimFlags("U2", scimFlags("U2"), guests([], []), app).isBot).toBe(true);
  });

  it("leaves a deactivated user's roles unknown but keeps what the guest listings say", () => {
    const reduced = flagsOfMember({ id: "U1", deleted: true, is_bot: false });
    const merged = mergeScimFlags("U1", scimFlags("U1"), guests(["U1"], []), reduced);
    expect(merged).toMatchObject({ isAdmin: undefined, isOwner: undefined, isMultiChannelGuest: true, isSingleChannelGuest: false, isBot: false });
  });

  it("prefers users.list's guest flags when it gives them", () => {
    const single = flagsOfMember({ id: "U1", is_restricted: true, is_ultra_restricted: true, is_bot: false });
    expect(mergeScimFlags("U1", scimFlags("U1"), guests(["U1"], []), single)).toMatchObject({ isMultiChannelGuest: false, isSingleChannelGuest: true });
  });
});
