import { Badge } from "@/components/ui/badge";

export function AccountStatusBadge({ isActive, removedAt, isInvited }: { isActive: boolean; removedAt: Date | string | null; isInvited?: boolean }) {
  if (removedAt) return <Badge variant="destructive">Removed</Badge>;
  if (!isActive) return <Badge variant="secondary">Deactivated</Badge>;
  if (isInvited) return <Badge variant="warning">Invited</Badge>;
  return <Badge variant="success">Active</Badge>;
}
