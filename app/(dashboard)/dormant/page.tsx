import { Download, MoonStar } from "lucide-react";
import Link from "next/link";
import { z } from "zod";
import { getDb } from "@/db";
import { listDormantAccounts } from "@/db/queries/activity";
import { DormantTable } from "@/components/activity/dormant-table";
import { PageHeader } from "@/components/layout/page-header";
import { buttonVariants } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";
import { requireOperator } from "@/lib/auth/session";
import { currentActivitySource, metricThresholds } from "@/lib/insights/context";
import { firstValues, type SearchParams } from "@/lib/list-params";
import { withParams } from "@/lib/url";

export const metadata = { title: "Dormant accounts" };

const params = z.object({ privileged: z.enum(["1"]).optional().catch(undefined), billable: z.enum(["1"]).optional().catch(undefined), page: z.coerce.number().int().min(1).catch(1) });

export default async function DormantPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requireOperator();
  const p = params.parse(firstValues(await searchParams));
  const db = await getDb();
  const source = await currentActivitySource(db);
  const pageSize = 50;
  const result = source
    ? await listDormantAccounts(db, { sourceId: source.sourceId, now: new Date(), thresholds: await metricThresholds(db), privilegedOnly: !!p.privileged, billableOnly: !!p.billable, limit: pageSize, offset: (p.page - 1) * pageSize })
    : { rows: [], total: 0 };
  const title = p.privileged ? "Privileged dormant accounts" : p.billable ? "Billable dormant seats" : "Dormant accounts";
  return (
    <>
      <PageHeader
        breadcrumbs={[{ label: "Overview", href: "/" }, { label: title }]}
        title={title}
        description="Accounts with no Slack activity for longer than their type's threshold (Settings), or that never signed in. Bots are excluded."
        actions={
          <a href="/api/activity/dormant-export" className={buttonVariants({ variant: "outline" })}>
            <Download className="size-4" aria-hidden /> Export CSV
          </a>
        }
      />
      <nav aria-label="Dormant filters" className="mb-4 flex gap-2 text-sm">
        <Link href="/dormant" aria-current={!p.privileged && !p.billable ? "page" : undefined} className={buttonVariants({ variant: !p.privileged && !p.billable ? "secondary" : "ghost", size: "sm" })}>
          All
        </Link>
        <Link href="/dormant?privileged=1" aria-current={p.privileged ? "page" : undefined} className={buttonVariants({ variant: p.privileged ? "secondary" : "ghost", size: "sm" })}>
          Privileged
        </Link>
        <Link href="/dormant?billable=1" aria-current={p.billable ? "page" : undefined} className={buttonVariants({ variant: p.billable ? "secondary" : "ghost", size: "sm" })}>
          Billable
        </Link>
      </nav>
      {!source ? (
        <EmptyState icon={MoonStar} title="No activity source" description="Create an Activity Insights - Slack source to find dormant accounts." />
      ) : result.rows.length === 0 ? (
        <EmptyState icon={MoonStar} title="No dormant accounts" description={source.firstSyncCompletedAt ? "Every account was active within its threshold." : "The first activity sync has not completed yet."} />
      ) : (
        <>
          <DormantTable rows={result.rows} linkedSourceId={source.linkedSourceId} />
          <Pagination className="mt-4" page={p.page} pageSize={pageSize} total={result.total} hrefFor={(page) => withParams("/dormant", { privileged: p.privileged, billable: p.billable }, { page })} />
        </>
      )}
    </>
  );
}
