import { Users } from "lucide-react";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getDb } from "@/db";
import { getGovernanceGroup } from "@/db/queries/governance";
import { DeleteGroupButton } from "@/components/governance/delete-group-button";
import { GroupForm } from "@/components/governance/group-form";
import { MemberPicker } from "@/components/governance/member-picker";
import { RemoveMemberButton } from "@/components/governance/remove-member-button";
import { PageHeader } from "@/components/layout/page-header";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { hasRole } from "@/lib/auth/roles";
import { requireOperator } from "@/lib/auth/session";
import { formatDate } from "@/lib/format";

export const metadata = { title: "Governance group" };

export default async function GovernanceGroupPage({ params }: { params: Promise<{ id: string }> }) {
  const operator = await requireOperator();
  const { id } = await params;
  const group = await getGovernanceGroup(await getDb(), id);
  if (!group) notFound();
  const canEdit = hasRole(operator.role, "admin");
  return (
    <>
      <PageHeader
        breadcrumbs={[{ label: "Governance Groups", href: "/governance-groups" }, { label: group.name }]}
        title={group.name}
        description={group.description ?? undefined}
        actions={canEdit ? <DeleteGroupButton id={group.id} name={group.name} members={group.members.length} /> : null}
      />
      <div className="grid gap-6 xl:grid-cols-[minmax(0,1fr)_22rem]">
        <section aria-labelledby="members-heading" className="grid content-start gap-4">
          <h2 id="members-heading" className="text-lg font-semibold">
            Members ({group.members.length})
          </h2>
          {canEdit ? <MemberPicker groupId={group.id} /> : null}
          {group.members.length === 0 ? (
            <EmptyState icon={Users} titleAs="h3" title="No members yet" description={canEdit ? "Add identities with the search above." : "An admin can add members."} />
          ) : (
            <Table>
              <TableHeader>
                <TableRow>
                  <TableHead>Name</TableHead>
                  <TableHead>Email</TableHead>
                  <TableHead>Department</TableHead>
                  <TableHead>Added</TableHead>
                  {canEdit ? <TableHead className="text-right">Actions</TableHead> : null}
                </TableRow>
              </TableHeader>
              <TableBody>
                {group.members.map((m) => (
                  <TableRow key={m.id}>
                    <TableCell className="font-medium">
                      <Link href={`/identities/${m.id}`} className="hover:underline">
                        {m.name}
                      </Link>
                    </TableCell>
                    <TableCell>{m.email}</TableCell>
                    <TableCell>{m.department ?? "—"}</TableCell>
                    <TableCell className="text-muted-foreground">{formatDate(m.addedAt)}</TableCell>
                    {canEdit ? (
                      <TableCell className="text-right">
                        <RemoveMemberButton groupId={group.id} identityId={m.id} name={m.name} />
                      </TableCell>
                    ) : null}
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          )}
        </section>
        {canEdit ? (
          <Card className="self-start">
            <CardHeader>
              <CardTitle>Rename</CardTitle>
            </CardHeader>
            <CardContent>
              <GroupForm group={{ id: group.id, name: group.name, description: group.description }} />
            </CardContent>
          </Card>
        ) : null}
      </div>
    </>
  );
}
