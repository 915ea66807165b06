import Link from "next/link";
import { SearchField } from "@/components/ui/search-field";
import { notFound } from "next/navigation";
import { z } from "zod";
import { correlationSummary, getRules, listUncorrelated } from "@/db/queries/correlation";
import { identityAttributeKeys } from "@/db/queries/identities";
import { CreateIdentitiesButton } from "@/components/correlation/create-identities-button";
import { RulesEditor } from "@/components/correlation/rules-editor";
import { CorrelateDialogButton, UncorrelateButton } from "@/components/correlation/uncorrelated-row-actions";
import { Badge } from "@/components/ui/badge";
import { buttonVariants } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { formatDateTime } from "@/lib/format";
import { firstValues, type SearchParams } from "@/lib/list-params";
import { loadSourcePage } from "@/lib/sources/load-page";
import { withParams } from "@/lib/url";

export const metadata = { title: "Correlation" };

const params = z.object({ q: z.string().trim().max(200).catch(""), page: z.coerce.number().int().min(1).catch(1), ambiguous: z.enum(["1"]).optional().catch(undefined) });

function Figure({ label, value }: { label: string; value: number }) {
  return (
    <div className="grid">
      <span className="text-xs text-muted-foreground">{label}</span>
      <span className="text-xl font-semibold tabular-nums">{value.toLocaleString("en-US")}</span>
    </div>
  );
}

export default async function CorrelationPage({ params: p, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> }) {
  const { id } = await p;
  const { source, canManage, db } = await loadSourcePage(id);
  if (source.connector !== "slack") notFound();
  const q = params.parse(firstValues(await searchParams));
  const pageSize = 25;
  const [{ rules }, summary, uncorrelated, keys] = await Promise.all([
    getRules(db, id),
    correlationSummary(db, id),
    listUncorrelated(db, id, { q: q.q, page: q.page, pageSize, ambiguousOnly: q.ambiguous === "1" }),
    identityAttributeKeys(db),
  ]);
  const base = `/sources/${id}/correlation`;
  const current = { q: q.q, ambiguous: q.ambiguous };
  return (
    <div className="grid gap-6">
      <h2 className="text-lg font-semibold">Correlation</h2>
      <Card>
        <CardHeader>
          <CardTitle as="h3">Summary</CardTitle>
          <CardDescription>{summary.lastRun ? `Last correlation ${formatDateTime(summary.lastRun.at)}` : "Correlation has not run yet. It runs after each aggregation and on demand."}</CardDescription>
        </CardHeader>
        <CardContent className="flex flex-wrap gap-8">
          <Figure label="Accounts" value={summary.live.accounts} />
          <Figure label="Correlated automatically" value={summary.live.autoCorrelated} />
          <Figure label="Correlated manually" value={summary.live.manualCorrelated} />
          <Figure label="Uncorrelated" value={summary.live.uncorrelated} />
          <Figure label="Ambiguous (last run)" value={summary.lastRun?.counts.ambiguous ?? 0} />
        </CardContent>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle as="h3">Rules</CardTitle>
          <CardDescription>Identity attribute = account attribute, in order. The first rule that matches decides; a rule that matches two identities leaves the account uncorrelated as ambiguous.</CardDescription>
        </CardHeader>
        <CardContent>
          <RulesEditor sourceId={id} initial={rules} attributeKeys={keys} canManage={canManage} />
        </CardContent>
      </Card>
      <section aria-labelledby="uncorrelated-heading" className="grid gap-3">
        <div className="flex flex-wrap items-end justify-between gap-3">
          <h3 id="uncorrelated-heading" className="text-base font-semibold">
            Uncorrelated accounts ({uncorrelated.total.toLocaleString("en-US")})
          </h3>
          {canManage ? <CreateIdentitiesButton sourceId={id} humans={summary.live.uncorrelatedHumans} /> : null}
        </div>
        <form role="search" aria-label="Search uncorrelated accounts" action={base} className="flex flex-wrap items-end gap-2">
          <SearchField defaultValue={q.q} placeholder="Name, email or Slack ID" className="w-64" />
          <label className="flex items-center gap-1 pb-2 text-sm">
            <input type="checkbox" name="ambiguous" value="1" defaultChecked={q.ambiguous === "1"} /> Ambiguous only
          </label>
          <button type="submit" className={buttonVariants({ variant: "secondary" })}>
            Apply
          </button>
        </form>
        {uncorrelated.rows.length === 0 ? (
          <EmptyState titleAs="p" title={q.q || q.ambiguous ? "No uncorrelated accounts match" : "Every account is correlated"} description={summary.live.accounts === 0 ? "Run an aggregation first: accounts appear after it." : undefined} />
        ) : (
          <>
            <Table>
              <TableHeader>
                <TableRow>
                  <TableHead>Account</TableHead>
                  <TableHead>Email</TableHead>
                  <TableHead>Type</TableHead>
                  <TableHead>Why</TableHead>
                  {canManage ? <TableHead className="text-right">Actions</TableHead> : null}
                </TableRow>
              </TableHeader>
              <TableBody>
                {uncorrelated.rows.map((a) => {
                  const label = a.realName || a.displayName || a.userName || a.nativeId;
                  return (
                    <TableRow key={a.id}>
                      <TableCell>
                        <Link className="font-medium hover:underline" href={`/sources/${id}/accounts/${a.id}`}>
                          {label}
                        </Link>
                        <span className="block font-mono text-xs text-muted-foreground">{a.nativeId}</span>
                      </TableCell>
                      <TableCell>{a.email ?? "—"}</TableCell>
                      <TableCell>{a.isBot ? "bot" : a.accountType}</TableCell>
                      <TableCell className="text-sm">
                        {a.markedNoIdentity ? (
                          <Badge variant="secondary">Marked: no identity</Badge>
                        ) : a.ambiguous ? (
                          <span>
                            <Badge variant="warning">Ambiguous</Badge> matches {a.candidates.map((c) => c.name).join(", ")}
                          </span>
                        ) : (
                          "No rule matched (orphan)"
                        )}
                      </TableCell>
                      {canManage ? (
                        <TableCell className="text-right">
                          <CorrelateDialogButton sourceId={id} accountId={a.id} label={label} />
                          {a.markedNoIdentity ? <UncorrelateButton sourceId={id} accountId={a.id} label={label} mode="automatic" /> : <UncorrelateButton sourceId={id} accountId={a.id} label={label} mode="no-identity" />}
                        </TableCell>
                      ) : null}
                    </TableRow>
                  );
                })}
              </TableBody>
            </Table>
            <Pagination page={q.page} pageSize={pageSize} total={uncorrelated.total} hrefFor={(page) => withParams(base, current, { page })} />
          </>
        )}
      </section>
    </div>
  );
}
