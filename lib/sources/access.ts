import type { Role } from "@/lib/auth/roles";

export interface SourceAccessContext {
  role: Role;
  /** The identity whose email matches the operator's, if any. */
  identityId: string | null;
  /** Governance groups that identity belongs to. */
  groupIds: ReadonlySet<string>;
}

export interface SourceOwnership {
  ownerIdentityId: string | null;
  governanceGroupId: string | null;
}

/**
 * Admins manage every source. A source admin manages a source they own or whose governance group
 * they belong to, and only reads the others. Viewers only read.
 */
export function canManageSource(ctx: SourceAccessContext, source: SourceOwnership): boolean {
  if (ctx.role === "admin") return true;
  if (ctx.role !== "source_admin") return false;
  if (ctx.identityId && source.ownerIdentityId === ctx.identityId) return true;
  return !!source.governanceGroupId && ctx.groupIds.has(source.governanceGroupId);
}

export function canCreateSource(ctx: SourceAccessContext): boolean {
  return ctx.role === "admin" || ctx.role === "source_admin";
}
