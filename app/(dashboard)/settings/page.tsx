import Link from "next/link";
import { getDb } from "@/db";
import { DormancyForm } from "@/components/settings/dormancy-form";
import { getDormancyThresholds } from "@/lib/settings/dormancy";
import { PageHeader } from "@/components/layout/page-header";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { getEnv } from "@/lib/env";
import { hasRole } from "@/lib/auth/roles";
import { requireOperator } from "@/lib/auth/session";

export const metadata = { title: "Settings" };

export default async function SettingsPage() {
  const operator = await requireOperator();
  const env = getEnv();
  const thresholds = await getDormancyThresholds(await getDb());
  return (
    <>
      <PageHeader breadcrumbs={[{ label: "Settings" }]} title="Settings" />
      <div className="grid max-w-3xl gap-4">
        {hasRole(operator.role, "admin") ? (
          <Card>
            <CardHeader>
              <CardTitle>
                <Link href="/settings/operators" className="hover:underline">
                  Operators
                </Link>
              </CardTitle>
              <CardDescription>Add operators with a one-time password, change roles, disable or enable access.</CardDescription>
            </CardHeader>
          </Card>
        ) : null}
        <Card>
          <CardHeader>
            <CardTitle>Deployment</CardTitle>
          </CardHeader>
          <CardContent className="grid gap-1 text-sm">
            <p>
              Database: <strong>{env.dbMode === "embedded" ? "embedded (PGlite)" : "PostgreSQL"}</strong>
            </p>
            <p>
              Job workers in this process: <strong>{env.runWorkers ? "yes" : "no (run npm run worker)"}</strong>
            </p>
          </CardContent>
        </Card>
        <Card>
          <CardHeader>
            <CardTitle>Dormancy thresholds</CardTitle>
            <CardDescription>An account with no Slack activity for this many days is flagged dormant on the Overview.</CardDescription>
          </CardHeader>
          <CardContent>
            <DormancyForm value={thresholds} canEdit={hasRole(operator.role, "admin")} />
          </CardContent>
        </Card>
      </div>
    </>
  );
}
