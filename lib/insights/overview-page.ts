import type { Db } from "@/db/client";
import { getActivityOverview, listDormantAccounts } from "@/db/queries/activity";
import { countIdentities } from "@/db/queries/identities";
import { currentActivitySource, metricThresholds } from "./context";
import { sourceHealth } from "./source-health";

/**
 * Everything the Overview page reads, in one place so `npm run bench` times exactly what the page
 * does: the activity source, thresholds, source health, identity count, the counts and series, and
 * the first dormant accounts.
 */
export async function loadOverviewPage(db: Db, now: Date, opts: { dormantLimit?: number } = {}) {
  const [source, thresholds, health] = await Promise.all([currentActivitySource(db), metricThresholds(db), sourceHealth(db)]);
  const [overview, dormant] = source
    ? await Promise.all([
        getActivityOverview(db, { context: source, now, thresholds }),
        listDormantAccounts(db, { context: source, now, thresholds, limit: opts.dormantLimit ?? 10 }),
      ])
    : [null, null];
  // The counts already include identities; without an activity source the page shows that number alone.
  const identities = overview ? overview.counts.identities : await countIdentities(db);
  return { source, thresholds, health, identities, overview, dormant };
}
