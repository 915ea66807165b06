import { eq } from "drizzle-orm";
import { notFound } from "next/navigation";
import { activitySyncState } from "@/db/schema";
import { RunHistory } from "@/components/runs/run-history";
import { StartRunButton } from "@/components/runs/start-run-button";
import { Alert } from "@/components/ui/alert";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { formatDateTime } from "@/lib/format";
import { sourceRuns } from "@/lib/jobs/source-runs";
import { loadSourcePage } from "@/lib/sources/load-page";
import { cancelRunAction } from "../runs-actions";

export const metadata = { title: "Activity Sync" };

const countColumns = [
  { key: "entriesRead", label: "Entries read" },
  { key: "newEntries", label: "New" },
  { key: "changedEntries", label: "Changed" },
  { key: "pages", label: "Pages" },
  { key: "requests", label: "Requests" },
];

export default async function ActivitySyncPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { source, canManage, db } = await loadSourcePage(id);
  if (source.connector !== "activity-insights-slack") notFound();
  const [runs, [state]] = await Promise.all([sourceRuns(db, "sync-activity", id, 25), db.select().from(activitySyncState).where(eq(activitySyncState.sourceId, id))]);
  const schedule = (source.config as { schedule?: string }).schedule === "hourly" ? "hourly" : "daily";
  return (
    <div className="grid gap-6">
      <h2 className="text-lg font-semibold">Activity Sync</h2>
      {source.status !== "healthy" ? <Alert variant="warning">No activity is gathered until Test Connection passes on Review and Test. The first sync starts by itself once it does.</Alert> : null}
      <Card>
        <CardHeader>
          <CardTitle as="h3">Sync access logs</CardTitle>
          <CardDescription>
            The first sync back-fills Slack&apos;s access logs; later syncs read what changed since. Runs {schedule}
            {state?.lastSyncAt ? `; last sync ${formatDateTime(state.lastSyncAt)}` : ""}.
            {state?.firstSyncCompletedAt ? ` History complete since ${formatDateTime(state.firstSyncCompletedAt)}.` : " Activity may take up to 24 hours to appear after the first sync starts."}
          </CardDescription>
        </CardHeader>
        <CardContent>{canManage && source.status === "healthy" ? <StartRunButton sourceId={id} kind="sync-activity" label="Sync now" /> : null}</CardContent>
      </Card>
      <section aria-labelledby="sync-runs-heading" className="grid gap-2">
        <h3 id="sync-runs-heading" className="text-base font-semibold">
          Sync history
        </h3>
        <RunHistory sourceId={id} kind="sync-activity" initialRuns={runs} countColumns={countColumns} canManage={canManage} cancelAction={cancelRunAction} />
      </section>
    </div>
  );
}
