import { listDormantAccounts } from "@/db/queries/activity";
import { activityExportContext } from "@/lib/insights/activity-export";
import { csvResponse } from "@/lib/insights/csv-response";

export const dynamic = "force-dynamic";

/** Every account flagged dormant or never signed in, with the reason for the flag. */
export async function GET() {
  const c = await activityExportContext();
  if (c instanceof Response) return c;
  const rows: Array<Array<string | number | null>> = [];
  for (let offset = 0; ; offset += 1000) {
    const page = await listDormantAccounts(c.db, { context: c.source, now: c.now, thresholds: c.thresholds, limit: 1000, offset });
    for (const a of page.rows) {
      rows.push([a.userId, a.displayName, a.email, a.identityName, a.kind, a.privileged ? "yes" : "no", a.billingActive === null ? "" : a.billingActive ? "yes" : "no", a.lastActive ? new Date(a.lastActive * 1000).toISOString() : "", a.daysSinceActive, a.thresholdDays, a.status, a.reason]);
    }
    if (page.rows.length < 1000) break;
  }
  return csvResponse("dormant-accounts.csv", ["slack_user_id", "display_name", "email", "identity", "account_type", "privileged", "billing_active", "last_active", "days_since_active", "threshold_days", "status", "reason"], rows);
}
