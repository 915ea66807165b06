import { Shield } from "lucide-react";
import Link from "next/link";
import { getDb } from "@/db";
import { listGovernanceGroups } from "@/db/queries/governance";
import { GroupForm } from "@/components/governance/group-form";
import { PageHeader } from "@/components/layout/page-header";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { hasRole } from "@/lib/auth/roles";
import { requireOperator } from "@/lib/auth/session";
import { formatDate } from "@/lib/format";

export const metadata = { title: "Governance Groups" };

export default async function GovernanceGroupsPage() {
  const operator = await requireOperator();
  const groups = await listGovernanceGroups(await getDb());
  const canEdit = hasRole(operator.role, "admin");
  return (
    <>
      <PageHeader breadcrumbs={[{ label: "Governance Groups" }]} title="Governance Groups" description="Groups of identities that share the management of sources." />
      <div className="grid gap-6 xl:grid-cols-[minmax(0,1fr)_22rem]">
        <div>
          {groups.length === 0 ? (
            <EmptyState icon={Shield} title="No governance groups yet" description={canEdit ? "Create one to delegate the management of sources." : "An admin can create them."} />
          ) : (
            <Table>
              <TableHeader>
                <TableRow>
                  <TableHead>Name</TableHead>
                  <TableHead>Description</TableHead>
                  <TableHead className="text-right">Members</TableHead>
                  <TableHead>Updated</TableHead>
                </TableRow>
              </TableHeader>
              <TableBody>
                {groups.map((g) => (
                  <TableRow key={g.id}>
                    <TableCell className="font-medium">
                      <Link href={`/governance-groups/${g.id}`} className="hover:underline">
                        {g.name}
                      </Link>
                    </TableCell>
                    <TableCell className="max-w-md truncate text-muted-foreground">{g.description ?? "—"}</TableCell>
                    <TableCell className="text-right tabular-nums">{Number(g.members)}</TableCell>
                    <TableCell className="text-muted-foreground">{formatDate(g.updatedAt)}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          )}
        </div>
        {canEdit ? (
          <Card className="self-start">
            <CardHeader>
              <CardTitle>New governance group</CardTitle>
            </CardHeader>
            <CardContent>
              <GroupForm />
            </CardContent>
          </Card>
        ) : null}
      </div>
    </>
  );
}
