import { Plug } from "lucide-react";
import { PageHeader } from "@/components/layout/page-header";
import { EmptyState } from "@/components/ui/empty-state";
import { requireOperator } from "@/lib/auth/session";

export const metadata = { title: "Sources" };

export default async function SourcesPage() {
  await requireOperator();
  return (
    <>
      <PageHeader
        breadcrumbs={[{ label: "Admin" }, { label: "Connections" }, { label: "Sources" }]}
        title="Sources"
        description="Connections to Slack that aggregate accounts and activity."
      />
      <EmptyState
        icon={Plug}
        title="Sources are not available yet"
        description="Connecting Slack and Activity Insights - Slack sources is not built in this version. Identities, governance groups and operators work today."
      />
    </>
  );
}
