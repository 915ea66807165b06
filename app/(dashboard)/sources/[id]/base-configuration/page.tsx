import { listGovernanceGroups } from "@/db/queries/governance";
import { BaseConfigurationForm } from "@/components/sources/base-configuration-form";
import { loadSourcePage } from "@/lib/sources/load-page";

export const metadata = { title: "Base Configuration" };

export default async function BaseConfigurationPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { source, canManage, db } = await loadSourcePage(id);
  const groups = await listGovernanceGroups(db);
  return (
    <section aria-labelledby="base-heading" className="grid gap-4">
      <h2 id="base-heading" className="text-lg font-semibold">
        Base Configuration
      </h2>
      <BaseConfigurationForm
        id={source.id}
        canManage={canManage}
        groups={groups.map((g) => ({ id: g.id, name: g.name }))}
        defaults={{
          name: source.name,
          description: source.description,
          governanceGroupId: source.governanceGroupId,
          owner: source.ownerIdentityId ? { id: source.ownerIdentityId, label: source.ownerName ?? "", description: source.ownerEmail ?? undefined } : null,
        }}
      />
    </section>
  );
}
