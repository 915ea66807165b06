import { Activity, Download } from "lucide-react";
import type { SubjectActivity } from "@/db/queries/activity";
import { Badge } from "@/components/ui/badge";
import { buttonVariants } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { formatDate } from "@/lib/format";
import { clientLabels, daysAgo } from "@/lib/insights/context";
import { DailyStrip } from "./daily-strip";
import { MonthlyChart } from "./monthly-chart";

const ts = (s: number) => new Date(s * 1000);

function Figure({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="grid gap-0.5">
      <span className="text-xs text-muted-foreground">{label}</span>
      <span className="text-lg font-semibold">{children}</span>
    </div>
  );
}

/** Everything the identity page shows about one person's use of Slack. Every text is rendered as text. */
export function IdentityActivity({ activity, exportHref, now }: { activity: SubjectActivity; exportHref: string; now: Date }) {
  if (activity.accounts.length === 0) {
    return <EmptyState icon={Activity} titleAs="h3" title="No Slack account" description="This person has no account correlated in the Slack source linked to Activity Insights, so there is no Slack activity to show." />;
  }
  if (activity.lastActive === null) {
    return (
      <EmptyState
        icon={Activity}
        titleAs="h3"
        title="No activity yet"
        description={activity.observedFrom ? "Slack's access logs show no sign-in for this person's account." : "The first activity sync has not completed: activity may take up to 24 hours to appear."}
      />
    );
  }
  const dormant = activity.dormancy.status === "dormant" || activity.dormancy.status === "never_signed_in";
  return (
    <div className="grid gap-6">
      <div className="flex flex-wrap gap-8">
        <Figure label="Last active">
          <span data-testid="last-active">{formatDate(ts(activity.lastActive))}</span> <span className="text-sm font-normal text-muted-foreground">({daysAgo(activity.lastActive, now)})</span>
        </Figure>
        <Figure label="Days active, last 90 days">
          <span data-testid="days-active-90">{activity.daysActive90}</span>{" "}
          <Badge variant={activity.daysActive90State === "COMPLETE" ? "success" : "warning"} title={activity.daysActive90State === "COMPLETE" ? "The whole window was observed by syncs" : "Part of the window predates the first sync"}>
            {activity.daysActive90State}
          </Badge>
        </Figure>
        <Figure label="Billing active (Slack)">{activity.billingActive === null ? "Unknown" : activity.billingActive ? "Yes" : "No"}</Figure>
        <Figure label="Status">{dormant ? <Badge variant="warning">Dormant</Badge> : activity.dormancy.status === "excluded" ? <Badge variant="secondary">Not assessed</Badge> : <Badge variant="success">Active</Badge>}</Figure>
        <div className="ml-auto self-start">
          <a href={exportHref} className={buttonVariants({ variant: "outline", size: "sm" })}>
            <Download className="size-4" aria-hidden /> Export activity CSV
          </a>
        </div>
      </div>
      {dormant && activity.dormancy.reason ? <p className="text-sm text-muted-foreground">{activity.dormancy.reason}</p> : null}
      {activity.daysActive90State === "UNKNOWN" ? (
        <p className="text-sm text-muted-foreground">Days before {activity.observedFrom ? formatDate(activity.observedFrom) : "the first sync"} were not fully observed, so counts that include them are lower bounds.</p>
      ) : null}
      <section aria-labelledby="monthly-heading" className="grid gap-2">
        <h4 id="monthly-heading" className="text-sm font-semibold">
          Days active per month
        </h4>
        <MonthlyChart
          title="Days active per month, last 12 months, against the organisation's average"
          valueLabel="Days active"
          averageLabel="Organisation average"
          data={activity.monthly.map((m) => ({ month: m.month.slice(0, 7), value: m.daysActive, average: m.orgAverage === null ? null : Math.round(m.orgAverage * 10) / 10, partial: !m.complete }))}
        />
      </section>
      <section aria-labelledby="daily-heading" className="grid gap-2">
        <h4 id="daily-heading" className="text-sm font-semibold">
          Last 90 days
        </h4>
        <DailyStrip days={activity.daily.map((d) => ({ day: d.day, active: d.active, accesses: d.accesses, known: d.observed || d.active }))} />
      </section>
      <section aria-labelledby="countries-heading" className="grid gap-2">
        <h4 id="countries-heading" className="text-sm font-semibold">
          Countries seen
        </h4>
        <ul className="flex flex-wrap gap-2" aria-label="Countries">
          {activity.countries.map((c) => (
            <li key={c.country}>
              <Badge variant={c.isNew ? "warning" : "outline"} title={`First seen ${formatDate(ts(c.firstSeen))}, last ${formatDate(ts(c.lastSeen))}`}>
                {c.country}
                {c.isNew ? " · new in the last 30 days" : ""}
              </Badge>
            </li>
          ))}
          {activity.countries.length === 0 ? <li className="text-sm text-muted-foreground">No location reported.</li> : null}
        </ul>
      </section>
      <section aria-labelledby="signins-heading" className="grid gap-2">
        <h4 id="signins-heading" className="text-sm font-semibold">
          Sign-ins ({activity.signIns.length})
        </h4>
        <Table aria-label="Sign-ins">
          <TableHeader>
            <TableRow>
              <TableHead>Client</TableHead>
              <TableHead>IP</TableHead>
              <TableHead>ISP</TableHead>
              <TableHead>Location</TableHead>
              <TableHead>First seen</TableHead>
              <TableHead>Last seen</TableHead>
              <TableHead className="text-right">Count</TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {activity.signIns.slice(0, 100).map((s) => (
              <TableRow key={`${s.userId}|${s.ip}|${s.userAgent}`}>
                <TableCell title={s.userAgent}>{clientLabels[s.client] ?? s.client}</TableCell>
                <TableCell className="font-mono text-xs">{s.ip || "—"}</TableCell>
                <TableCell>{s.isp ?? "—"}</TableCell>
                <TableCell>{[s.region, s.country].filter(Boolean).join(", ") || "—"}</TableCell>
                <TableCell className="whitespace-nowrap">{formatDate(ts(s.firstSeen))}</TableCell>
                <TableCell className="whitespace-nowrap">{formatDate(ts(s.lastSeen))}</TableCell>
                <TableCell className="text-right tabular-nums">{s.count.toLocaleString("en-US")}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </section>
    </div>
  );
}
