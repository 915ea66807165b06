import { refreshRollupsLinkedTo } from "@/lib/activity/rollup";
import { correlateSource, correlationCounts } from "@/lib/correlation/correlate";
import type { JobHandler } from "../context";
import { registerJobHandler } from "../worker";
import { aggregateAccounts } from "./aggregate-accounts";
import { correlate } from "./correlate";
import { syncActivity } from "./sync-activity";

/** Correlation runs after each aggregation that applied its listing; then the linked activity series follow. */
export function withCorrelation(aggregate: JobHandler): JobHandler {
  return async (ctx) => {
    const outcome = await aggregate(ctx);
    if (outcome.state !== "succeeded") return outcome;
    const c = correlationCounts(await correlateSource(ctx.db, String(ctx.data.sourceId)));
    await refreshRollupsLinkedTo(ctx.db, String(ctx.data.sourceId));
    return { ...outcome, counts: { ...outcome.counts, correlated: c.correlated + c.alreadyCorrelated + c.manualKept, uncorrelated: c.uncorrelated, ambiguous: c.ambiguous } };
  };
}

/** Every feature's job handler, registered once before workers start. */
export function registerAllHandlers(): void {
  registerJobHandler("correlate", correlate);
  registerJobHandler("aggregate-accounts", withCorrelation(aggregateAccounts));
  registerJobHandler("sync-activity", syncActivity);
}
