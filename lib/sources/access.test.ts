import { describe, expect, it } from "vitest";
import { canCreateSource, canManageSource } from "./access";

const src = { ownerIdentityId: "owner", governanceGroupId: "group" };

describe("canManageSource", () => {
  it("lets admins manage everything", () => {
    expect(canManageSource({ role: "admin", identityId: null, groupIds: new Set() }, src)).toBe(true);
  });
  it("lets a source admin manage what they own or their group's sources only", () => {
    expect(canManageSource({ role: "source_admin", identityId: "owner", groupIds: new Set() }, src)).toBe(true);
    expect(canManageSource({ role: "source_admin", identityId: "x", groupIds: new Set(["group"]) }, src)).toBe(true);
    expect(canManageSource({ role: "source_admin", identityId: "x", groupIds: new Set(["other"]) }, src)).toBe(false);
    expect(canManageSource({ role: "source_admin", identityId: null, groupIds: new Set() }, { ownerIdentityId: null, governanceGroupId: null })).toBe(false);
  });
  it("never lets a viewer manage, even as owner", () => {
    expect(canManageSource({ role: "viewer", identityId: "owner", groupIds: new Set(["group"]) }, src)).toBe(false);
    expect(canCreateSource({ role: "viewer", identityId: null, groupIds: new Set() })).toBe(false);
  });
});
