import { scimTime } from "../core/time";
import type { SimGroup, SimUser } from "../model/types";
import type { Workspace } from "../model/workspace";
import { SCIM, SCIM_LOCATION_BASE } from "./scim-schemas";

/** A Slack SCIM v2 User resource (the shape of Slack's documented example). */
export function userResource(ws: Workspace, user: SimUser): Record<string, unknown> {
  const schemas: string[] = [SCIM.user, SCIM.enterpriseUser, SCIM.slackProfile];
  const guestExtension = ws.team.plan === "enterprise" && user.role === "multi_channel_guest";
  if (guestExtension) schemas.push(SCIM.slackGuest);
  const manager = user.managerId ? ws.user(user.managerId) : undefined;
  const resource: Record<string, unknown> = {
    schemas,
    id: user.id,
    externalId: "",
    meta: { created: scimTime(Math.max(0, user.createdAt)), location: `${SCIM_LOCATION_BASE}/Users/${user.id}` },
    userName: user.name,
    nickName: user.name,
    name: { givenName: user.firstName, familyName: user.lastName },
    displayName: user.displayName || user.name,
    profileUrl: `https://${ws.team.domain}.slack.com/team/${user.name}`,
    title: user.title,
    timezone: user.tz,
    active: !user.deleted,
    emails: user.email ? [{ value: user.email, primary: true }] : [],
    photos: [{ value: `https://secure.gravatar.com/avatar/${user.avatarHash.slice(1)}.jpg?s=192`, type: "photo" }],
    userType: null,
    roles: [],
    preferredLanguage: null,
    locale: "en-US",
    [SCIM.enterpriseUser]: {
      employeeNumber: user.employeeId ?? "",
      department: user.department,
      manager: { managerId: manager ? manager.id : null },
    },
    [SCIM.slackProfile]: { startDate: scimTime(Math.max(0, user.createdAt)).replace("+00:00", "+0000") },
    groups: ws.groupsOf(user.id).map((g) => ({ value: g.id, display: g.name })),
  };
  if (guestExtension) resource[SCIM.slackGuest] = { type: "multi" };
  return resource;
}

/** A Slack SCIM v2 Group resource (user groups are SCIM groups). */
export function groupResource(ws: Workspace, group: SimGroup): Record<string, unknown> {
  return {
    schemas: [SCIM.group],
    id: group.id,
    displayName: group.name,
    meta: { created: scimTime(group.createdAt), location: `${SCIM_LOCATION_BASE}/Groups/${group.id}` },
    members: group.members.map((id) => {
      const u = ws.user(id);
      return { value: id, display: u ? u.displayName || u.realName : id };
    }),
  };
}

/** Values of a filterable User attribute, or null when Slack cannot filter on it. */
export function userFilterValues(user: SimUser, attribute: string): string[] | null {
  switch (attribute) {
    case "username": return [user.name];
    case "email":
    case "emails":
    case "emails.value": return user.email ? [user.email] : [];
    case "id": return [user.id];
    case "restricted": return [user.role === "multi_channel_guest" ? "1" : "0"];
    case "ultra_restricted": return [user.role === "single_channel_guest" ? "1" : "0"];
    default: return null;
  }
}

export function groupFilterValues(group: SimGroup, attribute: string): string[] | null {
  switch (attribute) {
    case "displayname": return [group.name];
    case "id": return [group.id];
    default: return null;
  }
}
