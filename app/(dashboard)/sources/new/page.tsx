import { getDb } from "@/db";
import { listGovernanceGroups } from "@/db/queries/governance";
import { PageHeader } from "@/components/layout/page-header";
import { CreateSourceWizard } from "@/components/sources/create-source-wizard";
import { requireOperator } from "@/lib/auth/session";
import { connectorCatalog } from "@/lib/connectors/catalog";

export const metadata = { title: "Create New source" };

export default async function NewSourcePage() {
  await requireOperator("source_admin");
  const groups = await listGovernanceGroups(await getDb());
  const catalog = connectorCatalog.map((c) => ({ id: c.id, name: c.name, description: c.description }));
  return (
    <>
      <PageHeader
        breadcrumbs={[{ label: "Admin" }, { label: "Connections" }, { label: "Sources", href: "/sources" }, { label: "Create New" }]}
        title="Create New source"
        description="Search the connector catalog and select a connector."
      />
      <CreateSourceWizard catalog={catalog} groups={groups.map((g) => ({ id: g.id, name: g.name }))} />
    </>
  );
}
