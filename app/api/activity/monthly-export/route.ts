import { getActivitySeries } from "@/db/queries/activity";
import { activityExportContext } from "@/lib/insights/activity-export";
import { csvResponse } from "@/lib/insights/csv-response";

export const dynamic = "force-dynamic";

/** The organisation's monthly activity over the last 12 months (the stored series; no counts needed). */
export async function GET() {
  const c = await activityExportContext();
  if (c instanceof Response) return c;
  const series = await getActivitySeries(c.db, c.source, c.now);
  const rows = series.monthlyActive.map((m) => [m.month.slice(0, 7), m.identities, m.accounts, m.avgDaysActive === null ? "" : m.avgDaysActive.toFixed(2), m.complete ? "yes" : "no"]);
  return csvResponse("monthly-activity.csv", ["month", "active_identities", "active_accounts", "avg_days_active_per_identity", "fully_observed"], rows);
}
