import { getDb } from "@/db";
import { listOperators } from "@/db/queries/operators";
import { PageHeader } from "@/components/layout/page-header";
import { AddOperatorForm } from "@/components/operators/add-operator-form";
import { OperatorRowActions } from "@/components/operators/operator-row-actions";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { requireOperator } from "@/lib/auth/session";
import { formatDateTime } from "@/lib/format";

export const metadata = { title: "Operators" };

export default async function OperatorsPage() {
  const me = await requireOperator("admin");
  const ops = await listOperators(await getDb());
  return (
    <>
      <PageHeader breadcrumbs={[{ label: "Settings", href: "/settings" }, { label: "Operators" }]} title="Operators" description="People who can sign in to this dashboard, and what they may do." />
      <div className="grid gap-6 xl:grid-cols-[minmax(0,1fr)_22rem]">
        <Table>
          <TableHeader>
            <TableRow>
              <TableHead>Name</TableHead>
              <TableHead>Email</TableHead>
              <TableHead>Status</TableHead>
              <TableHead>Last sign-in</TableHead>
              <TableHead className="text-right">Role and access</TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {ops.map((o) => (
              <TableRow key={o.id}>
                <TableCell className="font-medium">{o.name}</TableCell>
                <TableCell>{o.email}</TableCell>
                <TableCell>
                  {o.disabled ? <Badge variant="destructive">Disabled</Badge> : o.mustChangePassword ? <Badge variant="warning">Invited</Badge> : <Badge variant="success">Active</Badge>}
                </TableCell>
                <TableCell className="whitespace-nowrap text-muted-foreground">{formatDateTime(o.lastSignInAt)}</TableCell>
                <TableCell>
                  <OperatorRowActions id={o.id} email={o.email} role={o.role} disabled={o.disabled} isSelf={o.id === me.id} />
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
        <Card className="self-start">
          <CardHeader>
            <CardTitle>Add an operator</CardTitle>
          </CardHeader>
          <CardContent>
            <AddOperatorForm />
          </CardContent>
        </Card>
      </div>
    </>
  );
}
