export const roles = ["viewer", "source_admin", "admin"] as const;
export type Role = (typeof roles)[number];

const rank: Record<Role, number> = { viewer: 0, source_admin: 1, admin: 2 };

/** Roles are ordered: an admin can do anything a source admin can, who can do anything a viewer can. */
export function hasRole(actual: Role, required: Role): boolean {
  return rank[actual] >= rank[required];
}

export const roleLabels: Record<Role, string> = {
  admin: "Admin",
  source_admin: "Source admin",
  viewer: "Viewer",
};
