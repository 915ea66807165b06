import Link from "next/link";
import { DetailRow } from "@/components/ui/detail-row";
import { notFound } from "next/navigation";
import { getAccount } from "@/db/queries/accounts";
import { AccountStatusBadge } from "@/components/accounts/account-badges";
import { CorrelateDialogButton, UncorrelateButton } from "@/components/correlation/uncorrelated-row-actions";
import { Badge } from "@/components/ui/badge";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { roleLabels } from "@/lib/accounts/list-params";
import { formatDate, formatDateTime } from "@/lib/format";
import { loadSourcePage } from "@/lib/sources/load-page";
import { accountName } from "@/lib/accounts/name";

export const metadata = { title: "Account" };

export default async function AccountPage({ params }: { params: Promise<{ id: string; accountId: string }> }) {
  const { id, accountId } = await params;
  const { db, canManage } = await loadSourcePage(id);
  const a = await getAccount(db, accountId);
  if (!a || a.sourceId !== id) notFound();
  const label = accountName(a);
  const flags = [
    a.isPrimaryOwner && "Primary owner",
    a.isOwner && "Owner",
    a.isAdmin && "Admin",
    a.isMultiChannelGuest && "Multi-channel guest",
    a.isSingleChannelGuest && "Single-channel guest",
    a.isBot && "Bot",
    a.isInvited && "Invited",
  ].filter(Boolean) as string[];
  return (
    <div className="grid gap-4">
      <Breadcrumbs items={[{ label: "Accounts", href: `/sources/${id}/accounts` }, { label }]} />
      <h2 className="flex flex-wrap items-center gap-2 text-lg font-semibold">
        {label} <AccountStatusBadge isActive={a.isActive} removedAt={a.removedAt} isInvited={a.isInvited} />
      </h2>
      <div className="grid gap-4 xl:grid-cols-2">
        <Card>
          <CardHeader>
            <CardTitle as="h3">Attributes</CardTitle>
          </CardHeader>
          <CardContent>
            <dl>
              <DetailRow labelWidth="11rem" label="Slack user ID">
                <code className="font-mono">{a.nativeId}</code>
              </DetailRow>
              <DetailRow labelWidth="11rem" label="User name">{a.userName ?? "—"}</DetailRow>
              <DetailRow labelWidth="11rem" label="Display name">{a.displayName ?? "—"}</DetailRow>
              <DetailRow labelWidth="11rem" label="Real name">{a.realName ?? "—"}</DetailRow>
              <DetailRow labelWidth="11rem" label="Email">{a.email ?? "—"}</DetailRow>
              {a.emails.length > 1 ? <DetailRow labelWidth="11rem" label="Other emails">{a.emails.filter((e) => e !== a.email).join(", ")}</DetailRow> : null}
              <DetailRow labelWidth="11rem" label="Title">{a.title ?? "—"}</DetailRow>
              <DetailRow labelWidth="11rem" label="Role">{roleLabels[a.role] ?? a.role}</DetailRow>
              <DetailRow labelWidth="11rem" label="Type">{a.accountType}</DetailRow>
              <DetailRow labelWidth="11rem" label="Flags">{flags.length ? flags.map((f) => <Badge key={f} variant="outline" className="mr-1">{f}</Badge>) : "—"}</DetailRow>
              <DetailRow labelWidth="11rem" label="First seen">{formatDateTime(a.firstSeenAt)}</DetailRow>
              <DetailRow labelWidth="11rem" label="Last seen">{formatDateTime(a.lastSeenAt)}</DetailRow>
              {a.removedAt ? <DetailRow labelWidth="11rem" label="Removed">{formatDateTime(a.removedAt)}</DetailRow> : null}
            </dl>
          </CardContent>
        </Card>
        <div className="grid content-start gap-4">
          <Card>
            <CardHeader>
              <CardTitle as="h3">Identity</CardTitle>
            </CardHeader>
            <CardContent className="grid gap-2 text-sm">
              {a.identity ? (
                <p>
                  <Link href={`/identities/${a.identity.id}`} className="font-medium text-primary hover:underline">
                    {a.identity.name}
                  </Link>{" "}
                  ({a.identity.email}) · correlated {a.correlation === "manual" ? "manually" : "by rule"}
                  {a.correlatedAt ? ` on ${formatDate(a.correlatedAt)}` : ""}
                </p>
              ) : (
                <p>{a.correlation === "manual" ? "Marked by a person as having no identity." : "Not correlated to an identity."}</p>
              )}
              {canManage ? (
                <div className="flex flex-wrap gap-2">
                  <CorrelateDialogButton sourceId={id} accountId={a.id} label={label} />
                  {a.identity ? <UncorrelateButton sourceId={id} accountId={a.id} label={label} mode="no-identity" /> : null}
                  {a.correlation === "manual" ? <UncorrelateButton sourceId={id} accountId={a.id} label={label} mode="automatic" /> : null}
                </div>
              ) : null}
            </CardContent>
          </Card>
          <Card>
            <CardHeader>
              <CardTitle as="h3">Entitlements ({a.entitlements.length})</CardTitle>
            </CardHeader>
            <CardContent>
              {a.entitlements.length === 0 ? (
                <p className="text-sm text-muted-foreground">None.</p>
              ) : (
                <ul className="grid gap-1 text-sm">
                  {a.entitlements.map((e) => (
                    <li key={e.id}>
                      <Badge variant={e.kind === "role" ? "default" : "secondary"}>{e.kind}</Badge>{" "}
                      <Link href={`/sources/${id}/entitlements/${e.id}`} className="hover:underline">
                        {e.name}
                      </Link>
                      <span className="text-xs text-muted-foreground"> since {formatDate(e.since)}</span>
                    </li>
                  ))}
                </ul>
              )}
            </CardContent>
          </Card>
        </div>
      </div>
      {a.changes.length ? (
        <Card>
          <CardHeader>
            <CardTitle as="h3">Changes seen by aggregation</CardTitle>
          </CardHeader>
          <CardContent>
            <Table>
              <TableHeader>
                <TableRow>
                  <TableHead>When</TableHead>
                  <TableHead>Change</TableHead>
                  <TableHead>Attributes</TableHead>
                </TableRow>
              </TableHeader>
              <TableBody>
                {a.changes.map((c, i) => (
                  <TableRow key={i}>
                    <TableCell>{formatDateTime(c.at)}</TableCell>
                    <TableCell>{c.kind.replace("_", " ")}</TableCell>
                    <TableCell>{c.attributes.join(", ") || "—"}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </CardContent>
        </Card>
      ) : null}
      <details className="rounded-md border p-3 text-sm">
        <summary className="cursor-pointer font-medium">Raw attributes from Slack</summary>
        <pre className="mt-2 max-h-96 overflow-auto whitespace-pre-wrap break-all font-mono text-xs">{JSON.stringify(a.raw, null, 2)}</pre>
      </details>
    </div>
  );
}
