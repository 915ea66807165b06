import { count } from "drizzle-orm";
import { Activity } from "lucide-react";
import Link from "next/link";
import { getDb } from "@/db";
import { governanceGroups, identities } from "@/db/schema";
import { PageHeader } from "@/components/layout/page-header";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { requireOperator } from "@/lib/auth/session";

export const metadata = { title: "Overview" };

function Stat({ label, value, href }: { label: string; value: number; href: string }) {
  return (
    <Card>
      <CardContent className="grid gap-1">
        <p className="text-sm text-muted-foreground">{label}</p>
        <Link href={href} className="text-3xl font-semibold tabular-nums hover:underline">
          {value.toLocaleString("en-US")}
        </Link>
      </CardContent>
    </Card>
  );
}

export default async function OverviewPage() {
  await requireOperator();
  const db = await getDb();
  const [[ids], [groups]] = await Promise.all([db.select({ n: count() }).from(identities), db.select({ n: count() }).from(governanceGroups)]);
  return (
    <>
      <PageHeader breadcrumbs={[{ label: "Overview" }]} title="Overview" description="How your organisation uses Slack, at a glance." />
      <section aria-label="Totals" className="mb-6 grid grid-cols-2 gap-4 lg:grid-cols-4">
        <Stat label="Identities" value={Number(ids.n)} href="/identities" />
        <Stat label="Governance groups" value={Number(groups.n)} href="/governance-groups" />
      </section>
      <Card>
        <CardHeader>
          <CardTitle>Slack activity</CardTitle>
        </CardHeader>
        <CardContent>
          <EmptyState
            icon={Activity}
            title="Activity is not available yet"
            description="Activity figures (last active, days active, dormant accounts) appear here once a Slack source and an Activity Insights - Slack source are connected and synced. Source connections are not built yet in this version."
          />
        </CardContent>
      </Card>
    </>
  );
}
