import { eq } from "drizzle-orm";
import { sources } from "@/db/schema";
import { InvalidStoredRulesError } from "@/db/queries/correlation";
import { refreshRollupsLinkedTo } from "@/lib/activity/rollup";
import { correlateSource, correlationCounts } from "@/lib/correlation/correlate";
import { JobFailure, type JobHandler } from "../context";

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Queue `correlate`, data `{ runId, sourceId }`. One pass over the source's accounts; it is short
 * and idempotent, so there is no page-by-page progress and a retry simply recomputes everything.
 */
export const correlate: JobHandler = async (ctx) => {
  const sourceId = ctx.data.sourceId;
  // Neither a bad payload nor a deleted source gets better on retry.
  if (typeof sourceId !== "string" || !uuidPattern.test(sourceId)) throw new JobFailure("The correlation job was started without a valid source.", {}, false);
  const [source] = await ctx.db.select({ id: sources.id }).from(sources).where(eq(sources.id, sourceId));
  if (!source) throw new JobFailure("The source no longer exists.", {}, false);
  if (await ctx.isCancelled()) return { state: "cancelled", counts: {} };
  await ctx.progress({ phase: "correlating" });
  try {
    const result = await correlateSource(ctx.db, sourceId);
    await ctx.progress({ phase: "summarising" });
    await refreshRollupsLinkedTo(ctx.db, sourceId);
    return { state: "succeeded", counts: { ...correlationCounts(result) } };
  } catch (err) {
    if (err instanceof InvalidStoredRulesError) throw new JobFailure(err.message, {}, false);
    throw err;
  }
};
