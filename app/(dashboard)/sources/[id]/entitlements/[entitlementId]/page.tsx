import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { entitlementMembers, getEntitlement } from "@/db/queries/entitlements";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { roleLabels } from "@/lib/accounts/list-params";
import { formatDate } from "@/lib/format";
import { firstValues, type SearchParams } from "@/lib/list-params";
import { loadSourcePage } from "@/lib/sources/load-page";
import { accountName } from "@/lib/accounts/name";

export const metadata = { title: "Entitlement members" };

export default async function EntitlementPage({ params, searchParams }: { params: Promise<{ id: string; entitlementId: string }>; searchParams: Promise<SearchParams> }) {
  const { id, entitlementId } = await params;
  const { db } = await loadSourcePage(id);
  const ent = await getEntitlement(db, entitlementId);
  if (!ent || ent.sourceId !== id) notFound();
  const page = z.coerce.number().int().min(1).catch(1).parse(firstValues(await searchParams).page);
  const pageSize = 50;
  const { rows, total } = await entitlementMembers(db, entitlementId, page, pageSize);
  const base = `/sources/${id}/entitlements/${entitlementId}`;
  return (
    <div className="grid gap-4">
      <Breadcrumbs items={[{ label: "Entitlements", href: `/sources/${id}/entitlements` }, { label: ent.name }]} />
      <h2 className="text-lg font-semibold">
        {ent.kind === "role" ? "Role" : "Group"} {ent.name} ({total.toLocaleString("en-US")} members)
      </h2>
      {rows.length === 0 ? (
        <EmptyState titleAs="p" title="No members" />
      ) : (
        <>
          <Table>
            <TableHeader>
              <TableRow>
                <TableHead>Account</TableHead>
                <TableHead>Email</TableHead>
                <TableHead>Role</TableHead>
                <TableHead>Identity</TableHead>
                <TableHead>Member since</TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {rows.map((a) => (
                <TableRow key={a.id}>
                  <TableCell>
                    <Link href={`/sources/${id}/accounts/${a.id}`} className="font-medium hover:underline">
                      {accountName(a)}
                    </Link>
                  </TableCell>
                  <TableCell>{a.email ?? "—"}</TableCell>
                  <TableCell>{roleLabels[a.role] ?? a.role}</TableCell>
                  <TableCell>{a.identityId ? <Link href={`/identities/${a.identityId}`} className="text-primary hover:underline">{a.identityName}</Link> : <span className="text-muted-foreground">Uncorrelated</span>}</TableCell>
                  <TableCell className="text-muted-foreground">{formatDate(a.since)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          <Pagination page={page} pageSize={pageSize} total={total} hrefFor={(p) => `${base}?page=${p}`} />
        </>
      )}
    </div>
  );
}
