import { Activity, Download } from "lucide-react";
import Link from "next/link";
import { getDb } from "@/db";
import { DailyChart } from "@/components/activity/daily-chart";
import { DormantTable } from "@/components/activity/dormant-table";
import { MonthlyChart } from "@/components/activity/monthly-chart";
import { StatCard } from "@/components/activity/stat-card";
import { PageHeader } from "@/components/layout/page-header";
import { Badge } from "@/components/ui/badge";
import { buttonVariants } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { requireOperator } from "@/lib/auth/session";
import { formatDateTime } from "@/lib/format";
import { loadOverviewPage } from "@/lib/insights/overview-page";
import { runStateLabels } from "@/lib/jobs/run-format";

export const metadata = { title: "Overview" };

export default async function OverviewPage() {
  await requireOperator();
  const db = await getDb();
  const now = new Date();
  const { source, health, identities, overview, dormant } = await loadOverviewPage(db, now);
  const c = overview?.counts;
  const accountsHref = source?.linkedSourceId ? `/sources/${source.linkedSourceId}/accounts` : "/sources";
  return (
    <>
      <PageHeader breadcrumbs={[{ label: "Overview" }]} title="Overview" description="How your organisation uses Slack, at a glance." />
      {!overview || !c ? (
        <div className="grid gap-4">
          <section aria-label="Totals" className="grid grid-cols-2 gap-4 lg:grid-cols-4">
            <StatCard label="Identities" value={identities} href="/identities" />
          </section>
          <EmptyState
            icon={Activity}
            title="No activity yet"
            description="Create a Slack source (accounts) and an Activity Insights - Slack source (access logs) under Admin › Connections › Sources, and run Test Connection on each. The first sync starts by itself; activity may take up to 24 hours to appear."
          />
        </div>
      ) : (
        <div className="grid gap-6">
          {!overview.observedFrom ? <p className="text-sm text-muted-foreground">The first activity sync has not completed: figures fill in as it runs, and may take up to 24 hours to appear.</p> : null}
          {overview.seriesStale ? (
            <p className="text-sm text-muted-foreground">
              Accounts were matched to identities differently after the charts were computed{overview.seriesComputedAt ? ` (${formatDateTime(overview.seriesComputedAt)})` : ""}: the counts are current, the charts update with the next sync or correlation run.
            </p>
          ) : null}
          <section aria-label="Totals" className="grid grid-cols-2 gap-4 lg:grid-cols-4">
            <StatCard label="Identities" value={c.identities} href="/identities" />
            <StatCard label="Slack accounts" value={c.slackAccounts} href={accountsHref} hint={`${c.botAccounts} bots`} />
            <StatCard label="Correlated" value={`${Math.round(c.correlatedPercent)}%`} href={`${accountsHref}?correlated=yes`} hint={`${c.correlated} of ${c.humanAccounts} human accounts`} />
            <StatCard label="Active in 7 days" value={c.active7} href="/identities?activity=active7" hint="identities" />
            <StatCard label="Active in 30 days" value={c.active30} href="/identities?activity=active30" hint="identities" />
            <StatCard label="Dormant" value={c.dormant} href="/identities?activity=dormant" hint="identities past their threshold" tone={c.dormant ? "warning" : undefined} />
            <StatCard label="Never signed in" value={c.neverSignedIn} href="/identities?activity=never_signed_in" hint="identities" />
            <StatCard label="Privileged dormant" value={c.privilegedDormant} href="/dormant?privileged=1" hint="admins and owners" tone={c.privilegedDormant ? "warning" : undefined} />
            <StatCard label="Billable but dormant" value={c.billableDormant} href="/dormant?billable=1" hint="seats Slack bills as active" />
          </section>
          <div className="grid gap-4 xl:grid-cols-2">
            <Card>
              <CardHeader>
                <CardTitle>Daily active identities, last 90 days</CardTitle>
              </CardHeader>
              <CardContent>
                <DailyChart title="Daily active identities, last 90 days" label="Active identities" data={overview.dailyActive.map((d) => ({ day: d.day, value: d.identities }))} />
                {overview.observedFrom && overview.dailyActive.some((d) => d.day < overview.observedFrom!) ? (
                  <p className="mt-2 text-xs text-muted-foreground">Days before {overview.observedFrom} predate the first complete sync and are only partly observed.</p>
                ) : null}
              </CardContent>
            </Card>
            <Card>
              <CardHeader className="flex-row items-center justify-between">
                <CardTitle>Monthly active identities, last 12 months</CardTitle>
                <a href="/api/activity/monthly-export" className={buttonVariants({ variant: "ghost", size: "sm" })}>
                  <Download className="size-4" aria-hidden /> CSV
                </a>
              </CardHeader>
              <CardContent>
                <MonthlyChart title="Monthly active identities, last 12 months" valueLabel="Active identities" data={overview.monthlyActive.map((m) => ({ month: m.month.slice(0, 7), value: m.identities, partial: !m.complete }))} />
              </CardContent>
            </Card>
          </div>
          <Card>
            <CardHeader className="flex-row items-center justify-between">
              <CardTitle>Dormant accounts</CardTitle>
              <div className="flex gap-2">
                <Link href="/dormant" className={buttonVariants({ variant: "outline", size: "sm" })}>
                  See all {dormant?.total ?? 0}
                </Link>
                <a href="/api/activity/dormant-export" className={buttonVariants({ variant: "ghost", size: "sm" })}>
                  <Download className="size-4" aria-hidden /> CSV
                </a>
              </div>
            </CardHeader>
            <CardContent>{dormant && dormant.rows.length ? <DormantTable rows={dormant.rows} linkedSourceId={source?.linkedSourceId ?? null} /> : <p className="text-sm text-muted-foreground">No dormant accounts.</p>}</CardContent>
          </Card>
        </div>
      )}
      <Card className="mt-6">
        <CardHeader>
          <CardTitle>Source health</CardTitle>
        </CardHeader>
        <CardContent>
          {health.length === 0 ? (
            <p className="text-sm text-muted-foreground">No sources yet.</p>
          ) : (
            <Table>
              <TableHeader>
                <TableRow>
                  <TableHead>Source</TableHead>
                  <TableHead>Status</TableHead>
                  <TableHead>Last data run</TableHead>
                  <TableHead>Outcome</TableHead>
                  <TableHead>Next run</TableHead>
                </TableRow>
              </TableHeader>
              <TableBody>
                {health.map((h) => (
                  <TableRow key={h.sourceId}>
                    <TableCell>
                      <Link href={`/sources/${h.sourceId}/base-configuration`} className="font-medium hover:underline">
                        {h.name}
                      </Link>
                    </TableCell>
                    <TableCell>{h.status}</TableCell>
                    <TableCell className="whitespace-nowrap">{h.lastRunAt ? formatDateTime(h.lastRunAt) : "Never"}</TableCell>
                    <TableCell>
                      {h.lastOutcome ? <Badge variant={h.lastOutcome === "succeeded" ? "success" : h.lastOutcome === "failed" ? "destructive" : "secondary"}>{runStateLabels[h.lastOutcome as keyof typeof runStateLabels] ?? h.lastOutcome}</Badge> : "—"}
                      {h.lastError && h.lastOutcome === "failed" ? <span className="block text-xs text-muted-foreground">{h.lastError}</span> : null}
                    </TableCell>
                    <TableCell className="whitespace-nowrap">{h.nextRunAt ? formatDateTime(h.nextRunAt) : h.schedule === "off" ? "Off (manual)" : "After Test Connection passes"}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          )}
        </CardContent>
      </Card>
    </>
  );
}
