import Link from "next/link";
import type { DormantAccount } from "@/db/queries/activity";
import { Badge } from "@/components/ui/badge";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { formatDate } from "@/lib/format";

/** Dormant accounts with the reason for each flag; privileged ones stand out. */
export function DormantTable({ rows, linkedSourceId }: { rows: DormantAccount[]; linkedSourceId: string | null }) {
  return (
    <Table aria-label="Dormant accounts">
      <TableHeader>
        <TableRow>
          <TableHead>Account</TableHead>
          <TableHead>Identity</TableHead>
          <TableHead>Type</TableHead>
          <TableHead>Last active</TableHead>
          <TableHead>Reason</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map((a) => (
          <TableRow key={a.accountId} className={a.privileged ? "bg-warning-subtle/60" : undefined}>
            <TableCell>
              {linkedSourceId ? (
                <Link href={`/sources/${linkedSourceId}/accounts/${a.accountId}`} className="font-medium hover:underline">
                  {a.displayName || a.email || a.userId}
                </Link>
              ) : (
                a.displayName || a.userId
              )}
              {a.privileged ? (
                <Badge variant="warning" className="ml-2">
                  Privileged
                </Badge>
              ) : null}
              {a.billingActive ? (
                <Badge variant="outline" className="ml-1">
                  Billable
                </Badge>
              ) : null}
            </TableCell>
            <TableCell>{a.identityId ? <Link href={`/identities/${a.identityId}`} className="text-primary hover:underline">{a.identityName}</Link> : <span className="text-muted-foreground">Uncorrelated</span>}</TableCell>
            <TableCell>{a.kind}</TableCell>
            <TableCell className="whitespace-nowrap">{a.lastActive ? formatDate(new Date(a.lastActive * 1000)) : "Never"}</TableCell>
            <TableCell className="text-sm">{a.reason}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
