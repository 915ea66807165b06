import { latestTestResult, slackSourcesForLinking } from "@/db/queries/sources";
import { TestConnectionButton } from "@/components/sources/test-connection-button";
import { TestReport } from "@/components/sources/test-report";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import type { TestConnectionReport } from "@/lib/connectors/types";
import { loadSourcePage } from "@/lib/sources/load-page";

export const metadata = { title: "Review and Test" };

function Item({ label, value }: { label: string; value: React.ReactNode }) {
  return (
    <div className="grid grid-cols-[12rem_1fr] gap-2 py-1.5 text-sm">
      <dt className="text-muted-foreground">{label}</dt>
      <dd className="min-w-0 break-words">{value}</dd>
    </div>
  );
}

export default async function ReviewAndTestPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { source, canManage, db } = await loadSourcePage(id);
  const latest = await latestTestResult(db, source.id);
  const c = source.config as Record<string, string | number | null>;
  let linkedName: string | null = null;
  if (source.connector === "activity-insights-slack" && c.linkedSourceId) {
    linkedName = (await slackSourcesForLinking(db)).find((s) => s.id === c.linkedSourceId)?.name ?? "(deleted source)";
  }
  return (
    <section aria-labelledby="review-heading" className="grid max-w-3xl gap-4">
      <h2 id="review-heading" className="text-lg font-semibold">
        Review and Test
      </h2>
      <Card>
        <CardHeader>
          <CardTitle as="h3">Configuration</CardTitle>
        </CardHeader>
        <CardContent>
          <dl>
            <Item label="Name" value={source.name} />
            <Item label="Source Owner" value={source.ownerName ?? "—"} />
            <Item label="Governance Group" value={source.groupName ?? "—"} />
            <Item label="Access Token" value={source.secretHint ? <code className="font-mono">{source.secretHint}</code> : "Not set"} />
            {source.connector === "slack" ? (
              <>
                <Item label="API mode" value={c.apiMode === "webapi" ? "Web API" : "SCIM v2"} />
                <Item label="Page size" value={String(c.pageSize)} />
                <Item label="Account filter" value={c.accountFilter || "—"} />
                <Item label="Group filter" value={c.groupFilter || "—"} />
              </>
            ) : (
              <>
                <Item label="Slack source" value={linkedName ?? "None"} />
                <Item label="Schedule" value={c.schedule === "hourly" ? "Hourly" : "Daily"} />
              </>
            )}
            <Item label="API base URL" value={String(c.apiBaseUrl)} />
          </dl>
        </CardContent>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle as="h3">Test Connection</CardTitle>
        </CardHeader>
        <CardContent className="grid gap-4">
          {canManage ? (
            source.secretHint ? (
              <TestConnectionButton id={source.id} />
            ) : (
              <p className="text-sm">Save an Access Token on Configuration before testing.</p>
            )
          ) : null}
          {latest ? (
            <TestReport report={latest.report as unknown as TestConnectionReport} testedBy={latest.testedBy} />
          ) : (
            <EmptyState titleAs="p" title="Not tested yet" description="A source gathers no data until its connection test passes." />
          )}
        </CardContent>
      </Card>
    </section>
  );
}
