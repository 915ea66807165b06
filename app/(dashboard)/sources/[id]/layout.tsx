import type { ReactNode } from "react";
import { PageHeader } from "@/components/layout/page-header";
import { SourceNav } from "@/components/sources/source-nav";
import { SourceStatusBadge } from "@/components/sources/status-badge";
import { Badge } from "@/components/ui/badge";
import { connectorNames } from "@/lib/sources/labels";
import { loadSourcePage } from "@/lib/sources/load-page";

export default async function SourceLayout({ children, params }: { children: ReactNode; params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { source, canManage } = await loadSourcePage(id);
  return (
    <>
      <PageHeader
        breadcrumbs={[{ label: "Admin" }, { label: "Connections" }, { label: "Sources", href: "/sources" }, { label: source.name }]}
        title={source.name}
        description={
          <span className="inline-flex flex-wrap items-center gap-2">
            {connectorNames[source.connector] ?? source.connector}
            <SourceStatusBadge status={source.status} />
            {canManage ? null : <Badge variant="outline">Read only</Badge>}
          </span>
        }
      />
      <div className="grid gap-6 lg:grid-cols-[13rem_minmax(0,1fr)]">
        <SourceNav id={source.id} connector={source.connector} />
        <div className="min-w-0">{children}</div>
      </div>
    </>
  );
}
