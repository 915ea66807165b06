import { DetailRow } from "@/components/ui/detail-row";
import { Activity, KeyRound, Pencil } from "lucide-react";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getDb } from "@/db";
import { accountsOfIdentity } from "@/db/queries/accounts";
import { getIdentityActivity } from "@/db/queries/activity";
import { IdentityActivity } from "@/components/activity/identity-activity";
import { currentActivitySource, metricThresholds } from "@/lib/insights/context";
import { AccountStatusBadge } from "@/components/accounts/account-badges";
import { roleLabels } from "@/lib/accounts/list-params";
import { groupsOfIdentity } from "@/db/queries/governance";
import { getIdentity } from "@/db/queries/identities";
import { PageHeader } from "@/components/layout/page-header";
import { Badge } from "@/components/ui/badge";
import { buttonVariants } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { hasRole } from "@/lib/auth/roles";
import { requireOperator } from "@/lib/auth/session";
import { formatDateTime, lifecycleLabels } from "@/lib/format";
import { accountName } from "@/lib/accounts/name";

export const metadata = { title: "Identity" };

export default async function IdentityPage({ params }: { params: Promise<{ id: string }> }) {
  const operator = await requireOperator();
  const { id } = await params;
  const db = await getDb();
  const identity = await getIdentity(db, id);
  if (!identity) notFound();
  const [groups, accounts, activitySource, thresholds] = await Promise.all([groupsOfIdentity(db, id), accountsOfIdentity(db, id), currentActivitySource(db), metricThresholds(db)]);
  const now = new Date();
  const activity = activitySource ? await getIdentityActivity(db, { sourceId: activitySource.sourceId, identityId: id, now, thresholds }) : null;
  const attrs = Object.entries(identity.attributes ?? {});
  return (
    <>
      <PageHeader
        breadcrumbs={[{ label: "Identities", href: "/identities" }, { label: identity.name }]}
        title={identity.name}
        description={identity.email}
        actions={
          hasRole(operator.role, "admin") ? (
            <Link href={`/identities/${id}/edit`} className={buttonVariants({ variant: "outline" })}>
              <Pencil className="size-4" aria-hidden /> Edit
            </Link>
          ) : null
        }
      />
      <div className="grid gap-4 xl:grid-cols-2">
        <Card>
          <CardHeader>
            <CardTitle>Attributes</CardTitle>
          </CardHeader>
          <CardContent>
            <dl>
              <DetailRow labelWidth="10rem" label="Lifecycle state">
                <Badge variant={identity.lifecycleState === "active" ? "success" : "secondary"}>{lifecycleLabels[identity.lifecycleState]}</Badge>
              </DetailRow>
              <DetailRow labelWidth="10rem" label="Email">{identity.email}</DetailRow>
              <DetailRow labelWidth="10rem" label="Employee ID">{identity.employeeId ?? "—"}</DetailRow>
              <DetailRow labelWidth="10rem" label="Department">{identity.department ?? "—"}</DetailRow>
              <DetailRow labelWidth="10rem" label="Title">{identity.title ?? "—"}</DetailRow>
              <DetailRow labelWidth="10rem" label="Manager">
                {identity.managerId ? (
                  <Link className="text-primary hover:underline" href={`/identities/${identity.managerId}`}>
                    {identity.managerName}
                  </Link>
                ) : (
                  "—"
                )}
              </DetailRow>
              <DetailRow labelWidth="10rem" label="Governance groups">
                {groups.length
                  ? groups.map((g, i) => (
                      <span key={g.id}>
                        {i > 0 ? ", " : null}
                        <Link className="text-primary hover:underline" href={`/governance-groups/${g.id}`}>
                          {g.name}
                        </Link>
                      </span>
                    ))
                  : "—"}
              </DetailRow>
              {attrs.map(([k, v]) => (
                <DetailRow labelWidth="10rem" key={k} label={k}>
                  {v}
                </DetailRow>
              ))}
              <DetailRow labelWidth="10rem" label="Created">{formatDateTime(identity.createdAt)}</DetailRow>
              <DetailRow labelWidth="10rem" label="Updated">{formatDateTime(identity.updatedAt)}</DetailRow>
            </dl>
          </CardContent>
        </Card>
        <div className="grid content-start gap-4">
          <Card>
            <CardHeader>
              <CardTitle>Accounts</CardTitle>
            </CardHeader>
            <CardContent>
              {accounts.length === 0 ? (
                <EmptyState icon={KeyRound} titleAs="h3" title="No Slack account" description="No account is correlated to this person. Aggregate a Slack source, or correlate an account by hand on the source's Correlation page." />
              ) : (
                <ul className="grid gap-2 text-sm" aria-label="Accounts">
                  {accounts.map((a) => (
                    <li key={a.id} className="flex flex-wrap items-center gap-2">
                      <Link href={`/sources/${a.sourceId}/accounts/${a.id}`} className="font-medium text-primary hover:underline">
                        {accountName(a)}
                      </Link>
                      <span className="text-muted-foreground">
                        {a.sourceName} · {roleLabels[a.role] ?? a.role} · {a.correlation === "manual" ? "manual" : "by rule"}
                      </span>
                      <AccountStatusBadge isActive={a.isActive} removedAt={a.removedAt} isInvited={a.isInvited} />
                    </li>
                  ))}
                </ul>
              )}
            </CardContent>
          </Card>
        </div>
      </div>
      <Card className="mt-4">
        <CardHeader>
          <CardTitle>Activity</CardTitle>
        </CardHeader>
        <CardContent>
          {activity ? (
            <IdentityActivity activity={activity} now={now} exportHref={`/api/identities/${id}/activity-export`} />
          ) : (
            <EmptyState icon={Activity} titleAs="h3" title="No activity source" description="Create an Activity Insights - Slack source (Admin › Connections › Sources) to see how this person uses Slack." />
          )}
        </CardContent>
      </Card>
    </>
  );
}
