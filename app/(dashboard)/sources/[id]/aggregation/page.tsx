import { and, eq } from "drizzle-orm";
import { notFound } from "next/navigation";
import { accountChanges, accounts } from "@/db/schema";
import { AggregationSettingsForm } from "@/components/aggregation/aggregation-settings-form";
import { PendingRemovalsDecision } from "@/components/aggregation/pending-removals";
import { RunHistory } from "@/components/runs/run-history";
import { StartRunButton } from "@/components/runs/start-run-button";
import { Alert } from "@/components/ui/alert";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { sourceRuns } from "@/lib/jobs/source-runs";
import { loadSourcePage } from "@/lib/sources/load-page";
import { cancelRunAction } from "../runs-actions";

export const metadata = { title: "Aggregation" };

const countColumns = [
  { key: "requests", label: "Requests" },
  { key: "pages", label: "Pages" },
  { key: "added", label: "Added" },
  { key: "changed", label: "Changed" },
  { key: "deactivated", label: "Deactivated" },
  { key: "removed", label: "Removed" },
  { key: "unchanged", label: "Unchanged" },
];

export default async function AggregationPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { source, canManage, db } = await loadSourcePage(id);
  if (source.connector !== "slack") notFound();
  const runs = await sourceRuns(db, "aggregate-accounts", id, 25);
  const waiting = runs.find((r) => r.state === "waiting");
  let sample: string[] = [];
  let pendingCount = 0;
  if (waiting) {
    const rows = await db
      .select({ name: accounts.realName, userName: accounts.userName, nativeId: accountChanges.nativeId })
      .from(accountChanges)
      .leftJoin(accounts, eq(accounts.id, accountChanges.accountId))
      .where(and(eq(accountChanges.runId, waiting.id), eq(accountChanges.kind, "pending_removal")));
    pendingCount = rows.length;
    sample = rows.slice(0, 20).map((r) => r.name || r.userName || r.nativeId);
  }
  return (
    <div className="grid gap-6">
      <h2 className="text-lg font-semibold">Aggregation</h2>
      {source.status !== "healthy" ? <Alert variant="warning">No data is gathered until Test Connection passes on Review and Test.</Alert> : null}
      {(source.config as { apiMode?: string }).apiMode !== "webapi" ? (
        <Alert variant="info">
          In SCIM mode, guests are found with Slack&apos;s <code>restricted</code> and <code>ultra_restricted</code> SCIM filters. Slack&apos;s SCIM API does not say
          which accounts are admins, owners or bots: when the token also has the <code>users:read</code> scope they are read from <code>users.list</code>;
          without it, roles other than guest are unknown, so admins, owners and bots count as members (bots as people) and each run notes it.
        </Alert>
      ) : null}
      {waiting ? <PendingRemovalsDecision sourceId={id} runId={waiting.id} count={pendingCount} message={waiting.error} sample={sample} canManage={canManage} /> : null}
      <Card>
        <CardHeader>
          <CardTitle as="h3">Aggregate accounts</CardTitle>
          <CardDescription>Lists every Slack account with its groups and roles, page by page, then correlates accounts to identities.</CardDescription>
        </CardHeader>
        <CardContent className="grid gap-4">
          {canManage && source.status === "healthy" ? <StartRunButton sourceId={id} kind="aggregate-accounts" label="Aggregate accounts" /> : null}
          <AggregationSettingsForm sourceId={id} schedule={source.schedule} deleteThresholdPercent={source.deleteThresholdPercent} canManage={canManage} />
        </CardContent>
      </Card>
      <section aria-labelledby="runs-heading" className="grid gap-2">
        <h3 id="runs-heading" className="text-base font-semibold">
          Run history
        </h3>
        <RunHistory sourceId={id} kind="aggregate-accounts" initialRuns={runs} countColumns={countColumns} canManage={canManage} cancelAction={cancelRunAction} />
      </section>
    </div>
  );
}
