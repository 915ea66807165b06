import { getDb } from "@/db";
import { getIdentityActivity } from "@/db/queries/activity";
import { getIdentity } from "@/db/queries/identities";
import { getCurrentOperator } from "@/lib/auth/session";
import { currentActivitySource, metricThresholds } from "@/lib/insights/context";
import { csvResponse } from "@/lib/insights/csv-response";

export const dynamic = "force-dynamic";

/** One person's daily Slack activity for the last 90 days. */
export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  if (!(await getCurrentOperator())) return new Response("Sign in first", { status: 401 });
  const { id } = await params;
  const db = await getDb();
  const identity = await getIdentity(db, id);
  if (!identity) return new Response("No such identity", { status: 404 });
  const source = await currentActivitySource(db);
  if (!source) return new Response("No Activity Insights source is configured", { status: 409 });
  const activity = await getIdentityActivity(db, { sourceId: source.sourceId, identityId: id, now: new Date(), thresholds: await metricThresholds(db) });
  const rows = (activity?.daily ?? []).map((d) => [identity.email, d.day, d.active ? "yes" : "no", d.accesses, d.clients.join(" "), d.observed ? "yes" : "no"]);
  return csvResponse(`${identity.email}-activity.csv`, ["email", "day", "active", "accesses", "clients", "fully_observed"], rows);
}
