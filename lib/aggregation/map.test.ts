import { describe, expect, it } from "vitest";
import { accountFromScimUser, groupFromScimGroup } from "./map-scim";
import { accountFromMember, groupFromUsergroup } from "./map-webapi";

describe("accountFromMember (users.list)", () => {
  it("keeps identity fields and role flags, and trims the raw object", () => {
    const a = accountFromMember({
      id: "U1", name: "ana", deleted: false, real_name: "Ana A", is_admin: true, is_owner: false, is_primary_owner: false,
      is_restricted: true, is_ultra_restricted: false, is_bot: false,
      profile: { email: "ana@corp.test", display_name: "ana.a", real_name: "Ana Alves", title: "CFO", image_192: "https://x/y.png" },
    })!;
    expect(a).toMatchObject({ nativeId: "U1", userName: "ana", displayName: "ana.a", realName: "Ana Alves", emails: ["ana@corp.test"], title: "CFO", isActive: true });
    expect(a.flags).toMatchObject({ isAdmin: true, isOwner: false, isMultiChannelGuest: true, isSingleChannelGuest: false, isBot: false, isInvited: false });
    expect(a.raw.profile).not.toHaveProperty("image_192");
  });

  it("leaves role flags unknown for a deactivated (reduced) user, so stored ones are kept", () => {
    const a = accountFromMember({ id: "U2", name: "bo", deleted: true, is_bot: false, profile: { display_name: "" } })!;
    expect(a.isActive).toBe(false);
    expect(a.displayName).toBeNull();
    expect(a.flags).toMatchObject({ isAdmin: undefined, isOwner: undefined, isMultiChannelGuest: undefined, isInvited: undefined, isBot: false });
  });

  it("treats Slackbot and app users as bots, single-channel guests as not multi-channel", () => {
    expect(accountFromMember({ id: "USLACKBOT", name: "slackbot", is_bot: false, profile: {} })!.flags.isBot).toBe(true);
    expect(accountFromMember({ id: "U3", is_app_user: true, profile: {} })!.flags.isBot).toBe(true);
    const g = accountFromMember({ id: "U4", is_restricted: true, is_ultra_restricted: true, profile: {} })!;
    expect(g.flags).toMatchObject({ isMultiChannelGuest: false, isSingleChannelGuest: true });
    expect(accountFromMember({ profile: {} })).toBeNull();
  });

  it("maps a user group with its members", () => {
    expect(groupFromUsergroup({ id: "S1", name: "Eng", description: "", users: ["U1", "U2"] })).toMatchObject({ nativeId: "S1", name: "Eng", description: null, members: ["U1", "U2"] });
  });
});

describe("accountFromScimUser", () => {
  it("puts the primary email first and reads active", () => {
    const a = accountFromScimUser({
      id: "U1", userName: "ana", displayName: "Ana", name: { givenName: "Ana", familyName: "Alves" }, title: "CFO", active: false,
      emails: [{ value: "second@corp.test", primary: false }, { value: "ana@corp.test", primary: true }], photos: [{ value: "x" }],
    })!;
    expect(a).toMatchObject({ nativeId: "U1", realName: "Ana Alves", emails: ["ana@corp.test", "second@corp.test"], isActive: false });
    expect(a.raw).not.toHaveProperty("photos");
    expect(a.flags).toMatchObject({ isAdmin: false, isMultiChannelGuest: false, isBot: false });
  });

  it("reads guests from Slack's guest extension and roles from roles[]", () => {
    const guest = accountFromScimUser({ id: "U2", "urn:ietf:params:scim:schemas:extension:slack:guest:2.0:User": { type: "multi" } })!;
    expect(guest.flags).toMatchObject({ isMultiChannelGuest: true, isSingleChannelGuest: false });
    const owner = accountFromScimUser({ id: "U3", roles: [{ value: "Primary Owner" }] })!;
    expect(owner.flags).toMatchObject({ isPrimaryOwner: true, isOwner: true, isAdmin: true });
  });

  it("maps a group's members", () => {
    expect(groupFromScimGroup({ id: "S1", displayName: "Eng", members: [{ value: "U1" }, { value: "" }] })).toMatchObject({ nativeId: "S1", members: ["U1"] });
    expect(groupFromScimGroup({ id: "S2" })).toBeNull();
  });
});
