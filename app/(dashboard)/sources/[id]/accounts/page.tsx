import { SearchField } from "@/components/ui/search-field";
import { Download, KeyRound } from "lucide-react";
import Link from "next/link";
import { notFound } from "next/navigation";
import { listAccounts } from "@/db/queries/accounts";
import { listEntitlements } from "@/db/queries/entitlements";
import { AccountStatusBadge } from "@/components/accounts/account-badges";
import { buttonVariants } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";
import { Select } from "@/components/ui/select";
import { SortableHeader } from "@/components/ui/sortable-header";
import { Table, TableBody, TableCell, TableHeader, TableRow } from "@/components/ui/table";
import { accountListParams, accountRoles, roleLabels } from "@/lib/accounts/list-params";
import { firstValues, type SearchParams } from "@/lib/list-params";
import { loadSourcePage } from "@/lib/sources/load-page";
import { withParams } from "@/lib/url";
import { accountName } from "@/lib/accounts/name";

export const metadata = { title: "Accounts" };

const pageSize = 50;

export default async function AccountsPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> }) {
  const { id } = await params;
  const { source, db } = await loadSourcePage(id);
  if (source.connector !== "slack") notFound();
  const p = accountListParams.parse(firstValues(await searchParams));
  const [{ rows, total }, groups] = await Promise.all([
    listAccounts(db, { sourceId: id, q: p.q, status: p.status, type: p.type, role: p.role, correlated: p.correlated, entitlementId: p.group, sort: p.sort, dir: p.dir, page: p.page, pageSize }),
    listEntitlements(db, id, { q: "", kind: "group" }),
  ]);
  const base = `/sources/${id}/accounts`;
  const current = { q: p.q, status: p.status === "all" ? undefined : p.status, type: p.type === "all" ? undefined : p.type, role: p.role, correlated: p.correlated === "all" ? undefined : p.correlated, group: p.group, sort: p.sort, dir: p.dir };
  const exportHref = withParams(`/api/sources/${id}/accounts-export`, current, {});
  const header = (col: (typeof p)["sort"], label: string) => <SortableHeader label={label} column={col} currentSort={p.sort} currentDir={p.dir} hrefFor={(c, d) => withParams(base, current, { sort: c, dir: d, page: undefined })} />;
  const filtered = Boolean(p.q || p.status !== "all" || p.type !== "all" || p.role || p.correlated !== "all" || p.group);
  return (
    <div className="grid gap-4">
      <div className="flex flex-wrap items-end justify-between gap-2">
        <h2 className="text-lg font-semibold">Accounts ({total.toLocaleString("en-US")})</h2>
        <a href={exportHref} className={buttonVariants({ variant: "outline", size: "sm" })}>
          <Download className="size-4" aria-hidden /> Export CSV
        </a>
      </div>
      <form role="search" aria-label="Filter accounts" action={base} className="flex flex-wrap items-end gap-2">
        <SearchField defaultValue={p.q} placeholder="Name, email or Slack ID" className="w-56" />
        {(
          [
            ["status", "Status", p.status, [["all", "Any"], ["active", "Active"], ["deactivated", "Deactivated"], ["removed", "Removed"]]],
            ["type", "Type", p.type, [["all", "Any"], ["human", "Human"], ["guest", "Guest"], ["bot", "Bot"]]],
            ["role", "Role", p.role ?? "", [["", "Any"], ...accountRoles.map((r) => [r, roleLabels[r]])]],
            ["correlated", "Correlated", p.correlated, [["all", "Any"], ["yes", "Correlated"], ["no", "Uncorrelated"]]],
            ["group", "Group", p.group ?? "", [["", "Any"], ...groups.map((g) => [g.id, g.name])]],
          ] as Array<[string, string, string, string[][]]>
        ).map(([name, label, value, options]) => (
          <div key={name} className="grid gap-1">
            <label htmlFor={`f-${name}`} className="text-sm font-medium">
              {label}
            </label>
            <Select id={`f-${name}`} name={name} defaultValue={value}>
              {options.map(([v, l]) => (
                <option key={v} value={v}>
                  {l}
                </option>
              ))}
            </Select>
          </div>
        ))}
        <button type="submit" className={buttonVariants({ variant: "secondary" })}>
          Apply
        </button>
        {filtered ? (
          <Link href={base} className={buttonVariants({ variant: "ghost" })}>
            Clear
          </Link>
        ) : null}
      </form>
      {rows.length === 0 ? (
        <EmptyState icon={KeyRound} title={filtered ? "No accounts match these filters" : "No accounts yet"} description={filtered ? "Try other filters." : "Run an aggregation on the Aggregation page to list this workspace's accounts."} />
      ) : (
        <>
          <Table>
            <TableHeader>
              <TableRow>
                {header("displayName", "Account")}
                {header("email", "Email")}
                {header("role", "Role")}
                {header("type", "Type")}
                {header("status", "Status")}
                {header("identity", "Identity")}
              </TableRow>
            </TableHeader>
            <TableBody>
              {rows.map((a) => (
                <TableRow key={a.id}>
                  <TableCell>
                    <Link href={`${base}/${a.id}`} className="font-medium hover:underline">
                      {accountName(a)}
                    </Link>
                    <span className="block font-mono text-xs text-muted-foreground">{a.nativeId}</span>
                  </TableCell>
                  <TableCell>{a.email ?? "—"}</TableCell>
                  <TableCell>{roleLabels[a.role] ?? a.role}</TableCell>
                  <TableCell>{a.accountType}</TableCell>
                  <TableCell>
                    <AccountStatusBadge isActive={a.isActive} removedAt={a.removedAt} isInvited={a.isInvited} />
                  </TableCell>
                  <TableCell>
                    {a.identityId ? (
                      <Link href={`/identities/${a.identityId}`} className="text-primary hover:underline">
                        {a.identityName}
                      </Link>
                    ) : (
                      <span className="text-muted-foreground">Uncorrelated</span>
                    )}
                    {a.correlation === "manual" && a.identityId ? <span className="block text-xs text-muted-foreground">manual</span> : null}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          <Pagination page={p.page} pageSize={pageSize} total={total} hrefFor={(page) => withParams(base, current, { page })} />
        </>
      )}
    </div>
  );
}
