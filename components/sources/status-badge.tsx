import { Badge } from "@/components/ui/badge";
import type { SourceStatus } from "@/db/schema";
import { statusLabels, statusVariants } from "@/lib/sources/labels";

export function SourceStatusBadge({ status }: { status: SourceStatus }) {
  return <Badge variant={statusVariants[status]}>{statusLabels[status]}</Badge>;
}
