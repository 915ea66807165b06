import { FileClock } from "lucide-react";
import Link from "next/link";
import { z } from "zod";
import { getDb } from "@/db";
import { listAuditActions, listAuditEvents } from "@/db/queries/audit";
import { PageHeader } from "@/components/layout/page-header";
import { buttonVariants } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Input } from "@/components/ui/input";
import { Pagination } from "@/components/ui/pagination";
import { Select } from "@/components/ui/select";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { requireOperator } from "@/lib/auth/session";
import { formatDateTime } from "@/lib/format";
import { firstValues, type SearchParams } from "@/lib/list-params";
import { withParams } from "@/lib/url";

export const metadata = { title: "Audit Log" };

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)))
  .optional()
  .catch(undefined);

const paramsSchema = z.object({
  actor: z.string().trim().max(320).catch(""),
  action: z.string().trim().max(100).catch(""),
  from: isoDate,
  to: isoDate,
  page: z.coerce.number().int().min(1).max(100000).catch(1),
});

function summarize(details: Record<string, unknown>): string {
  const text = JSON.stringify(details);
  return text === "{}" ? "" : text.length > 160 ? `${text.slice(0, 157)}…` : text;
}

export default async function AuditPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requireOperator();
  const p = paramsSchema.parse(firstValues(await searchParams));
  const db = await getDb();
  const pageSize = 50;
  const from = p.from ? new Date(`${p.from}T00:00:00Z`) : undefined;
  // "To" is inclusive of the whole day a person picks.
  const to = p.to ? new Date(new Date(`${p.to}T00:00:00Z`).getTime() + 86_400_000) : undefined;
  const [{ rows, total }, actions] = await Promise.all([
    listAuditEvents(db, { actor: p.actor || undefined, action: p.action || undefined, from, to, page: p.page, pageSize }),
    listAuditActions(db),
  ]);
  const current = { actor: p.actor, action: p.action, from: p.from, to: p.to };
  const filtered = Boolean(p.actor || p.action || p.from || p.to);
  return (
    <>
      <PageHeader breadcrumbs={[{ label: "Audit Log" }]} title="Audit Log" description="Every change made in this dashboard: who, what, when and from where." />
      <form role="search" aria-label="Filter audit events" action="/audit" className="mb-4 flex flex-wrap items-end gap-2">
        <div className="grid gap-1">
          <label htmlFor="actor" className="text-sm font-medium">
            Actor
          </label>
          <Input id="actor" name="actor" defaultValue={p.actor} placeholder="Email" className="w-56" />
        </div>
        <div className="grid gap-1">
          <label htmlFor="action" className="text-sm font-medium">
            Action
          </label>
          <Select id="action" name="action" defaultValue={p.action}>
            <option value="">Any</option>
            {actions.map((a) => (
              <option key={a} value={a}>
                {a}
              </option>
            ))}
          </Select>
        </div>
        <div className="grid gap-1">
          <label htmlFor="from" className="text-sm font-medium">
            From
          </label>
          <Input id="from" name="from" type="date" defaultValue={p.from} />
        </div>
        <div className="grid gap-1">
          <label htmlFor="to" className="text-sm font-medium">
            To
          </label>
          <Input id="to" name="to" type="date" defaultValue={p.to} />
        </div>
        <button type="submit" className={buttonVariants({ variant: "secondary" })}>
          Apply
        </button>
        {filtered ? (
          <Link href="/audit" className={buttonVariants({ variant: "ghost" })}>
            Clear
          </Link>
        ) : null}
      </form>
      {rows.length === 0 ? (
        <EmptyState icon={FileClock} title={filtered ? "No events match these filters" : "No events yet"} />
      ) : (
        <>
          <Table>
            <TableHeader>
              <TableRow>
                <TableHead>When</TableHead>
                <TableHead>Actor</TableHead>
                <TableHead>Action</TableHead>
                <TableHead>Target</TableHead>
                <TableHead>Details</TableHead>
                <TableHead>IP</TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {rows.map((e) => (
                <TableRow key={e.id}>
                  <TableCell className="whitespace-nowrap">{formatDateTime(e.at)}</TableCell>
                  <TableCell>{e.actorEmail ?? "system"}</TableCell>
                  <TableCell className="font-mono text-xs">{e.action}</TableCell>
                  <TableCell>{e.targetLabel ?? e.targetId ?? "—"}</TableCell>
                  <TableCell className="max-w-sm truncate font-mono text-xs text-muted-foreground" title={summarize(e.details)}>
                    {summarize(e.details)}
                  </TableCell>
                  <TableCell className="font-mono text-xs">{e.ip ?? "—"}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          <Pagination className="mt-4" page={p.page} pageSize={pageSize} total={total} hrefFor={(page) => withParams("/audit", current, { page })} />
        </>
      )}
    </>
  );
}
