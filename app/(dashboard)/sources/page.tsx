import { SearchField } from "@/components/ui/search-field";
import { Plug, Plus } from "lucide-react";
import Link from "next/link";
import { getDb } from "@/db";
import { listSources, sourceSortColumns } from "@/db/queries/sources";
import { PageHeader } from "@/components/layout/page-header";
import { SourceStatusBadge } from "@/components/sources/status-badge";
import { Badge } from "@/components/ui/badge";
import { buttonVariants } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { SortableHeader } from "@/components/ui/sortable-header";
import { Table, TableBody, TableCell, TableHeader, TableRow } from "@/components/ui/table";
import { hasRole } from "@/lib/auth/roles";
import { requireOperator } from "@/lib/auth/session";
import { formatDateTime } from "@/lib/format";
import { firstValues, listParamsSchema, type SearchParams } from "@/lib/list-params";
import { connectorNames } from "@/lib/sources/labels";
import { withParams } from "@/lib/url";

export const metadata = { title: "Sources" };

const paramsSchema = listParamsSchema(sourceSortColumns, "name");
const crumbs = [{ label: "Admin" }, { label: "Connections" }, { label: "Sources" }];

export default async function SourcesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const operator = await requireOperator();
  const p = paramsSchema.parse(firstValues(await searchParams));
  const rows = await listSources(await getDb(), p);
  const current = { q: p.q, sort: p.sort, dir: p.dir };
  const canCreate = hasRole(operator.role, "source_admin");
  const header = (col: (typeof sourceSortColumns)[number], label: string) => (
    <SortableHeader label={label} column={col} currentSort={p.sort} currentDir={p.dir} hrefFor={(c, d) => withParams("/sources", current, { sort: c, dir: d })} />
  );
  return (
    <>
      <PageHeader
        breadcrumbs={crumbs}
        title="Sources"
        description="Connections to Slack: the Slack source aggregates accounts; Activity Insights - Slack brings their activity."
        actions={
          canCreate ? (
            <Link href="/sources/new" className={buttonVariants()}>
              <Plus className="size-4" aria-hidden /> Create New
            </Link>
          ) : null
        }
      />
      <form role="search" aria-label="Search sources" action="/sources" className="mb-4 flex items-end gap-2">
        <SearchField defaultValue={p.q} placeholder="Name or description" className="w-72" />
        <button type="submit" className={buttonVariants({ variant: "secondary" })}>
          Search
        </button>
      </form>
      {rows.length === 0 ? (
        <EmptyState
          icon={Plug}
          title={p.q ? "No sources match" : "No sources yet"}
          description={p.q ? "Try another search." : "Create a Slack source to aggregate accounts, then an Activity Insights - Slack source for their activity."}
        />
      ) : (
        <Table>
          <TableHeader>
            <TableRow>
              {header("name", "Name")}
              {header("connector", "Connector")}
              {header("owner", "Owner")}
              {header("status", "Status")}
              {header("lastTest", "Last test")}
              {header("lastDataRun", "Last data run")}
            </TableRow>
          </TableHeader>
          <TableBody>
            {rows.map((s) => (
              <TableRow key={s.id}>
                <TableCell className="font-medium">
                  <Link href={`/sources/${s.id}/base-configuration`} className="hover:underline">
                    {s.name}
                  </Link>
                </TableCell>
                <TableCell>{connectorNames[s.connector] ?? s.connector}</TableCell>
                <TableCell>{s.ownerName ?? "—"}</TableCell>
                <TableCell>
                  <SourceStatusBadge status={s.status} />
                </TableCell>
                <TableCell className="whitespace-nowrap">
                  {s.lastTestAt ? (
                    <span className="inline-flex items-center gap-2">
                      {formatDateTime(s.lastTestAt)}
                      <Badge variant={s.lastTestOk ? "success" : "destructive"}>{s.lastTestOk ? "Passed" : "Failed"}</Badge>
                    </span>
                  ) : (
                    "Never"
                  )}
                </TableCell>
                <TableCell className="whitespace-nowrap text-muted-foreground">{s.lastDataRunAt ? formatDateTime(s.lastDataRunAt) : "Never"}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </>
  );
}
