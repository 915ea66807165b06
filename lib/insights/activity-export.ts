import { getDb } from "@/db";
import type { Db } from "@/db/client";
import type { ActivityContext } from "@/db/queries/activity";
import type { DormancyThresholds } from "@/lib/activity/metrics";
import { getCurrentOperator } from "@/lib/auth/session";
import { currentActivitySource, metricThresholds } from "./context";

export interface ActivityExportContext {
  db: Db;
  source: ActivityContext;
  thresholds: DormancyThresholds;
  now: Date;
}

/**
 * What every activity CSV route starts with: a signed-in operator (any role may read), the activity
 * source the pages show and the thresholds in force. Anything missing comes back as the Response to send.
 */
export async function activityExportContext(): Promise<ActivityExportContext | Response> {
  if (!(await getCurrentOperator())) return new Response("Sign in first", { status: 401 });
  const db = await getDb();
  const [source, thresholds] = await Promise.all([currentActivitySource(db), metricThresholds(db)]);
  if (!source) return new Response("No Activity Insights source is configured", { status: 409 });
  return { db, source, thresholds, now: new Date() };
}
