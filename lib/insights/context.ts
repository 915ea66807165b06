import type { Db } from "@/db/client";
import { listActivitySources, type ActivityContext } from "@/db/queries/activity";
import type { DormancyThresholds as MetricThresholds } from "@/lib/activity/metrics";
import { getDormancyThresholds } from "@/lib/settings/dormancy";

/**
 * The Activity Insights source whose figures the pages show: the one that has completed a sync
 * (the first by name when there are several), else the first configured one.
 */
export async function currentActivitySource(db: Db): Promise<ActivityContext | null> {
  const all = await listActivitySources(db);
  return all.find((s) => s.firstSyncCompletedAt) ?? all[0] ?? null;
}

/** Settings keep one threshold for admins and owners together; the metrics take them apart. */
export async function metricThresholds(db: Db): Promise<MetricThresholds> {
  const t = await getDormancyThresholds(db);
  return { owner: t.privileged, admin: t.privileged, member: t.member, guest: t.guest };
}

export function daysAgo(unixSeconds: number, now = new Date()): string {
  const days = Math.floor((now.getTime() / 1000 - unixSeconds) / 86400);
  if (days <= 0) return "today";
  if (days === 1) return "yesterday";
  return `${days} days ago`;
}

export const clientLabels: Record<string, string> = { desktop: "Slack desktop", ios: "iOS", android: "Android", browser: "Browser", other: "Other" };
