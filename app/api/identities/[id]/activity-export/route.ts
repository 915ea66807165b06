import { getIdentityActivity } from "@/db/queries/activity";
import { getIdentity } from "@/db/queries/identities";
import { activityExportContext } from "@/lib/insights/activity-export";
import { csvResponse } from "@/lib/insights/csv-response";

export const dynamic = "force-dynamic";

/** One person's daily Slack activity for the last 90 days. */
export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const c = await activityExportContext();
  if (c instanceof Response) return c;
  const { id } = await params;
  const identity = await getIdentity(c.db, id);
  if (!identity) return new Response("No such identity", { status: 404 });
  const activity = await getIdentityActivity(c.db, { sourceId: c.source.sourceId, identityId: id, now: c.now, thresholds: c.thresholds });
  const rows = (activity?.daily ?? []).map((d) => [identity.email, d.day, d.active ? "yes" : "no", d.accesses, d.clients.join(" "), d.observed ? "yes" : "no"]);
  return csvResponse(`${identity.email}-activity.csv`, ["email", "day", "active", "accesses", "clients", "fully_observed"], rows);
}
