import { slackSourcesForLinking } from "@/db/queries/sources";
import { ConfigurationForm } from "@/components/sources/configuration-form";
import { loadSourcePage } from "@/lib/sources/load-page";

export const metadata = { title: "Configuration" };

export default async function ConfigurationPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { source, canManage, db } = await loadSourcePage(id);
  const slackSources = source.connector === "activity-insights-slack" ? await slackSourcesForLinking(db) : [];
  return (
    <section aria-labelledby="config-heading" className="grid gap-4">
      <h2 id="config-heading" className="text-lg font-semibold">
        Configuration
      </h2>
      <ConfigurationForm
        id={source.id}
        connector={source.connector}
        config={source.config}
        secretHint={source.secretHint}
        slackSources={slackSources.map((s) => ({ id: s.id, name: s.name }))}
        canManage={canManage}
      />
    </section>
  );
}
