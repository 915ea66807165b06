import { SearchField } from "@/components/ui/search-field";
import { Layers } from "lucide-react";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { listEntitlements } from "@/db/queries/entitlements";
import { Badge } from "@/components/ui/badge";
import { buttonVariants } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Select } from "@/components/ui/select";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { formatDate } from "@/lib/format";
import { firstValues, type SearchParams } from "@/lib/list-params";
import { loadSourcePage } from "@/lib/sources/load-page";

export const metadata = { title: "Entitlements" };

const params = z.object({ q: z.string().trim().max(200).catch(""), kind: z.enum(["all", "group", "role"]).catch("all") });

export default async function EntitlementsPage({ params: p, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> }) {
  const { id } = await p;
  const { source, db } = await loadSourcePage(id);
  if (source.connector !== "slack") notFound();
  const q = params.parse(firstValues(await searchParams));
  const rows = await listEntitlements(db, id, { q: q.q, kind: q.kind });
  const base = `/sources/${id}/entitlements`;
  return (
    <div className="grid gap-4">
      <h2 className="text-lg font-semibold">Entitlements ({rows.length})</h2>
      <form role="search" aria-label="Filter entitlements" action={base} className="flex flex-wrap items-end gap-2">
        <SearchField defaultValue={q.q} placeholder="Group or role name" className="w-56" />
        <div className="grid gap-1">
          <label htmlFor="kind" className="text-sm font-medium">
            Kind
          </label>
          <Select id="kind" name="kind" defaultValue={q.kind}>
            <option value="all">Groups and roles</option>
            <option value="group">Groups</option>
            <option value="role">Roles</option>
          </Select>
        </div>
        <button type="submit" className={buttonVariants({ variant: "secondary" })}>
          Apply
        </button>
      </form>
      {rows.length === 0 ? (
        <EmptyState icon={Layers} title={q.q || q.kind !== "all" ? "No entitlements match" : "No entitlements yet"} description="Groups and roles appear after an aggregation." />
      ) : (
        <Table>
          <TableHeader>
            <TableRow>
              <TableHead>Name</TableHead>
              <TableHead>Kind</TableHead>
              <TableHead>Slack ID</TableHead>
              <TableHead className="text-right">Members</TableHead>
              <TableHead>First seen</TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {rows.map((e) => (
              <TableRow key={e.id}>
                <TableCell>
                  <Link href={`${base}/${e.id}`} className="font-medium hover:underline">
                    {e.name}
                  </Link>
                  {e.description ? <span className="block text-xs text-muted-foreground">{e.description}</span> : null}
                </TableCell>
                <TableCell>
                  <Badge variant={e.kind === "role" ? "default" : "secondary"}>{e.kind === "role" ? "Role" : "Group"}</Badge>
                </TableCell>
                <TableCell className="font-mono text-xs">{e.nativeId}</TableCell>
                <TableCell className="text-right tabular-nums">{e.memberCount.toLocaleString("en-US")}</TableCell>
                <TableCell className="text-muted-foreground">{formatDate(e.firstSeenAt)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </div>
  );
}
