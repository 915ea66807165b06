import { SearchField } from "@/components/ui/search-field";
import { Upload, UserPlus, Users } from "lucide-react";
import Link from "next/link";
import { getDb } from "@/db";
import { identitySortColumns } from "@/db/queries/identities";
import { PageHeader } from "@/components/layout/page-header";
import { Badge } from "@/components/ui/badge";
import { buttonVariants } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";
import { Select } from "@/components/ui/select";
import { SortableHeader } from "@/components/ui/sortable-header";
import { Table, TableBody, TableCell, TableHeader, TableRow } from "@/components/ui/table";
import { hasRole } from "@/lib/auth/roles";
import { requireOperator } from "@/lib/auth/session";
import { formatDate, lifecycleLabels } from "@/lib/format";
import { daysAgo } from "@/lib/insights/context";
import { activityFilters, identitiesWithActivity, type ActivityFilter } from "@/lib/insights/identity-list";
import { LIFECYCLE_STATES } from "@/lib/identities/fields";
import { firstValues, listParamsSchema, type SearchParams } from "@/lib/list-params";
import { withParams } from "@/lib/url";

export const metadata = { title: "Identities" };

const paramsSchema = listParamsSchema([...identitySortColumns, "lastActive", "daysActive90"] as const, "name");
const activityLabels: Record<ActivityFilter, string> = { active7: "Active in 7 days", active30: "Active in 30 days", dormant: "Dormant", never_signed_in: "Never signed in" };

export default async function IdentitiesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const operator = await requireOperator();
  const raw = firstValues(await searchParams);
  const params = paramsSchema.parse(raw);
  const lifecycle = LIFECYCLE_STATES.includes(raw.lifecycle as never) ? raw.lifecycle : undefined;
  const activity = activityFilters.includes(raw.activity as never) ? (raw.activity as ActivityFilter) : undefined;
  const db = await getDb();
  const { rows, total, activityAvailable } = await identitiesWithActivity(db, { ...params, lifecycle, activity });
  const current = { q: params.q, sort: params.sort, dir: params.dir, pageSize: params.pageSize === 50 ? undefined : params.pageSize, lifecycle, activity };
  const canEdit = hasRole(operator.role, "admin");
  const filtered = Boolean(params.q || lifecycle || activity);

  return (
    <>
      <PageHeader
        breadcrumbs={[{ label: "Identities" }]}
        title="Identities"
        description="The people Slack accounts are correlated to."
        actions={
          canEdit ? (
            <>
              <Link href="/identities/import" className={buttonVariants({ variant: "outline" })}>
                <Upload className="size-4" aria-hidden /> Import CSV
              </Link>
              <Link href="/identities/new" className={buttonVariants()}>
                <UserPlus className="size-4" aria-hidden /> New identity
              </Link>
            </>
          ) : null
        }
      />
      <form role="search" aria-label="Filter identities" className="mb-4 flex flex-wrap items-end gap-2" action="/identities">
        <SearchField defaultValue={params.q} placeholder="Name, email or department" className="w-72" />
        <div className="grid gap-1">
          <label htmlFor="lifecycle" className="text-sm font-medium">
            Lifecycle state
          </label>
          <Select id="lifecycle" name="lifecycle" defaultValue={lifecycle ?? ""}>
            <option value="">Any</option>
            {LIFECYCLE_STATES.map((s) => (
              <option key={s} value={s}>
                {lifecycleLabels[s]}
              </option>
            ))}
          </Select>
        </div>
        {activityAvailable ? (
          <div className="grid gap-1">
            <label htmlFor="activity" className="text-sm font-medium">
              Slack activity
            </label>
            <Select id="activity" name="activity" defaultValue={activity ?? ""}>
              <option value="">Any</option>
              {activityFilters.map((a) => (
                <option key={a} value={a}>
                  {activityLabels[a]}
                </option>
              ))}
            </Select>
          </div>
        ) : null}
        <input type="hidden" name="sort" value={params.sort} />
        <input type="hidden" name="dir" value={params.dir} />
        <button type="submit" className={buttonVariants({ variant: "secondary" })}>
          Apply
        </button>
        {filtered ? (
          <Link href="/identities" className={buttonVariants({ variant: "ghost" })}>
            Clear
          </Link>
        ) : null}
      </form>
      {rows.length === 0 ? (
        <EmptyState
          icon={Users}
          title={filtered ? "No identities match these filters" : "No identities yet"}
          description={filtered ? "Try another search or clear the filters." : "Import your HR file as CSV, or create identities one by one."}
        />
      ) : (
        <>
          <Table>
            <TableHeader>
              <TableRow>
                {(
                  [
                    ["name", "Name"],
                    ["email", "Email"],
                    ["department", "Department"],
                    ["title", "Title"],
                    ["lifecycle", "Lifecycle"],
                    ["updated", "Updated"],
                    ...(activityAvailable
                      ? ([
                          ["lastActive", "Last active"],
                          ["daysActive90", "Days active (90)"],
                        ] as const)
                      : []),
                  ] as const
                ).map(([col, label]) => (
                  <SortableHeader
                    key={col}
                    label={label}
                    column={col}
                    currentSort={params.sort}
                    currentDir={params.dir}
                    hrefFor={(c, d) => withParams("/identities", current, { sort: c, dir: d, page: undefined })}
                  />
                ))}
              </TableRow>
            </TableHeader>
            <TableBody>
              {rows.map((r) => (
                <TableRow key={r.id}>
                  <TableCell className="font-medium">
                    <Link href={`/identities/${r.id}`} className="hover:underline">
                      {r.name}
                    </Link>
                  </TableCell>
                  <TableCell>{r.email}</TableCell>
                  <TableCell>{r.department ?? "—"}</TableCell>
                  <TableCell>{r.title ?? "—"}</TableCell>
                  <TableCell>
                    <Badge variant={r.lifecycleState === "active" ? "success" : "secondary"}>{lifecycleLabels[r.lifecycleState]}</Badge>
                  </TableCell>
                  <TableCell className="whitespace-nowrap text-muted-foreground">{formatDate(r.updatedAt)}</TableCell>
                  {activityAvailable ? (
                    <>
                      <TableCell className="whitespace-nowrap">
                        {r.activity?.lastActive ? (
                          <span title={formatDate(new Date(r.activity.lastActive * 1000))}>{daysAgo(r.activity.lastActive)}</span>
                        ) : (
                          <span className="text-muted-foreground">{r.activity?.status === "never_signed_in" ? "Never" : "—"}</span>
                        )}
                        {r.activity?.dormant ? (
                          <Badge variant="warning" className="ml-2">
                            Dormant
                          </Badge>
                        ) : null}
                      </TableCell>
                      <TableCell className="text-right tabular-nums">{r.activity && r.activity.status !== "no_slack" ? r.activity.daysActive90 : "—"}</TableCell>
                    </>
                  ) : null}
                </TableRow>
              ))}
            </TableBody>
          </Table>
          <Pagination className="mt-4" page={params.page} pageSize={params.pageSize} total={total} hrefFor={(p) => withParams("/identities", current, { page: p })} />
        </>
      )}
    </>
  );
}
