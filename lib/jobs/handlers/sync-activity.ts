import { activityInsightsConfigSchema } from "@/lib/connectors/activity-insights-slack/config";
import { defaultCallPolicy, SlackCallFailed, type CallPolicy } from "@/lib/activity/slack-call";
import { runActivitySync } from "@/lib/activity/sync";
import type { GapModel } from "@/lib/activity/gap-inference";
import { describeSlackError } from "@/lib/slack/errors";
import { createSlackClient } from "@/lib/slack/web-client";
import { loadSourceForRun } from "@/lib/sources/credentials";
import { JobFailure, type JobHandler } from "../context";

export const ACTIVITY_CONNECTOR = "activity-insights-slack";

export interface SyncActivityOptions {
  /** Sealing key override (tests); default: the application's key. */
  key?: string;
  /** Retry/backoff/sleep overrides (tests inject instant sleeps). */
  policy?: Partial<CallPolicy>;
  /** Per-request timeout, ms. */
  timeoutMs?: number;
  fetch?: typeof fetch;
  overlapSeconds?: number;
  gapModel?: GapModel;
  /** Shrinks Slack's page window (tests of `before` paging). */
  maxPage?: number;
  pageSize?: number;
}

function countsOf(error: unknown): Record<string, number> {
  const counts = (error as { counts?: unknown })?.counts;
  return counts && typeof counts === "object" ? (counts as Record<string, number>) : {};
}

/**
 * The `sync-activity` job (data `{ runId, sourceId }`): loads the Activity Insights source (it must have
 * passed Test Connection), then runs the sync engine. Slack failures become JobFailures a person can
 * act on: a retry is offered for an unreachable Slack, not for a bad token or a missing scope.
 */
export function makeSyncActivityHandler(opts: SyncActivityOptions = {}): JobHandler {
  return async (ctx) => {
    const sourceId = typeof ctx.data.sourceId === "string" ? ctx.data.sourceId : "";
    if (!/^[0-9a-f-]{36}$/i.test(sourceId)) throw new JobFailure("The run has no valid source id.", {}, false);
    const { source, token } = await loadSourceForRun(ctx.db, sourceId, ACTIVITY_CONNECTOR, opts.key);
    const parsed = activityInsightsConfigSchema.safeParse(source.config ?? {});
    if (!parsed.success) throw new JobFailure("The source's configuration is invalid. Open Configuration, check it and save it again.", {}, false);
    const client = createSlackClient(token, parsed.data.apiBaseUrl, {
      timeoutMs: opts.timeoutMs ?? 30_000,
      retries: 0,
      rejectRateLimitedCalls: true,
      ...(opts.fetch ? { fetch: opts.fetch } : {}),
    });
    try {
      const result = await runActivitySync({
        db: ctx.db,
        sourceId,
        client,
        policy: { ...defaultCallPolicy, ...opts.policy },
        progress: ctx.progress,
        isCancelled: ctx.isCancelled,
        overlapSeconds: opts.overlapSeconds,
        gapModel: opts.gapModel,
        maxPage: opts.maxPage,
        pageSize: opts.pageSize,
      });
      return { state: result.state, counts: result.counts };
    } catch (error) {
      if (error instanceof SlackCallFailed) {
        const { message, remedy } = describeSlackError(error.classified, { method: error.method, api: "web", secrets: [token] });
        const why = error.classified.kind === "rate_limited" ? "Slack kept rate-limiting the sync for too long." : message;
        const resume = error.transient ? " Nothing was half-applied: the next sync continues from the last complete one." : "";
        throw new JobFailure(`${why} ${remedy}${resume}`, countsOf(error), error.transient);
      }
      throw error;
    }
  };
}

export const syncActivity: JobHandler = makeSyncActivityHandler();
