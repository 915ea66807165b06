import { getDb } from "@/db";
import { getActivityOverview } from "@/db/queries/activity";
import { getCurrentOperator } from "@/lib/auth/session";
import { currentActivitySource, metricThresholds } from "@/lib/insights/context";
import { csvResponse } from "@/lib/insights/csv-response";

export const dynamic = "force-dynamic";

/** The organisation's monthly activity over the last 12 months. */
export async function GET() {
  if (!(await getCurrentOperator())) return new Response("Sign in first", { status: 401 });
  const db = await getDb();
  const source = await currentActivitySource(db);
  if (!source) return new Response("No Activity Insights source is configured", { status: 409 });
  const overview = await getActivityOverview(db, { sourceId: source.sourceId, now: new Date(), thresholds: await metricThresholds(db) });
  const rows = (overview?.monthlyActive ?? []).map((m) => [m.month.slice(0, 7), m.identities, m.accounts, m.avgDaysActive === null ? "" : m.avgDaysActive.toFixed(2), m.complete ? "yes" : "no"]);
  return csvResponse("monthly-activity.csv", ["month", "active_identities", "active_accounts", "avg_days_active_per_identity", "fully_observed"], rows);
}
