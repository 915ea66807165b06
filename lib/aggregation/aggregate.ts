import { setTimeout as delay } from "node:timers/promises";
import { and, count, eq, isNull } from "drizzle-orm";
import { accounts, type Source } from "@/db/schema";
import { slackConfigSchema, type SlackConfig } from "@/lib/connectors/slack/config";
import { JobFailure, type JobContext, type JobOutcome } from "@/lib/jobs/context";
import { loadSourceForRun } from "@/lib/sources/credentials";
import { createSlackClient } from "@/lib/slack/web-client";
import { scimBaseUrl } from "@/lib/slack/urls";
import { applyListing, type ApplyInput } from "./apply";
import type { ListEnv } from "./list-env";
import { listScim } from "./list-scim";
import { listWebApi } from "./list-webapi";
import { ProgressReporter, REQUESTS_PER_MINUTE } from "./progress";
import { callSlack, DEFAULT_RETRY_POLICY, RunCancelled, type CallEnv, type RetryPolicy } from "./retry";
import { recordRunEnded } from "./source-status";
import { emptyStats, type Listing, type RequestStats } from "./types";

export interface AggregationOptions {
  /** Key that unseals the source's token; default: the app's encryption key. */
  encryptionKey?: string;
  retry?: Partial<RetryPolicy>;
  /** Injectable so tests need not wait out real backoff. */
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
  now?: () => number;
  /** Per Slack request, covering the body too. */
  requestTimeoutMs?: number;
  fetch?: typeof fetch;
  checkpoint?: ApplyInput["checkpoint"];
  /** Accounts per apply transaction (tests use small ones to crash between transactions). */
  applyChunkSize?: number;
}

const statCounts = (s: RequestStats): Record<string, number> => ({ ...s });

function parseConfig(raw: unknown): SlackConfig {
  const parsed = slackConfigSchema.safeParse(raw ?? {});
  if (!parsed.success) {
    throw new JobFailure(`The source's configuration is invalid (${parsed.error.issues[0]?.message ?? "unknown problem"}). Open Configuration and save it again.`, {}, false);
  }
  return parsed.data;
}

async function heldAccounts(ctx: JobContext, sourceId: string): Promise<number> {
  const [row] = await ctx.db.select({ n: count() }).from(accounts).where(and(eq(accounts.sourceId, sourceId), isNull(accounts.removedAt)));
  return Number(row?.n ?? 0);
}

async function list(ctx: JobContext, sourceId: string, token: string, config: SlackConfig, stats: RequestStats, progress: ProgressReporter, opts: AggregationOptions): Promise<Listing> {
  const callEnv: CallEnv = {
    policy: { ...DEFAULT_RETRY_POLICY, ...opts.retry },
    sleep: opts.sleep ?? ((ms) => delay(ms)),
    random: opts.random ?? Math.random,
    stats,
    onRateLimitWait: (seconds) => progress.rateLimitWait(seconds),
    isCancelled: () => ctx.isCancelled(),
    secrets: [token],
    api: config.apiMode === "scim" ? "scim" : "web",
  };
  const env: ListEnv = {
    call: (what, send, api) => callSlack(api ? { ...callEnv, api } : callEnv, what, send),
    stats,
    progress,
    isCancelled: () => ctx.isCancelled(),
    pageSize: config.pageSize,
    timeoutMs: opts.requestTimeoutMs ?? 30_000,
    fetch: opts.fetch,
  };
  // Our own policy handles 429s and retries, so the SDK must do neither. SCIM mode uses it too, for
  // auth.test and (with users:read) users.list.
  const client = createSlackClient(token, config.apiBaseUrl, { timeoutMs: env.timeoutMs, retries: 0, rejectRateLimitedCalls: true, fetch: opts.fetch });
  if (config.apiMode === "scim") {
    return listScim(env, { baseUrl: scimBaseUrl(config.apiBaseUrl), token, accountFilter: config.accountFilter, groupFilter: config.groupFilter }, client);
  }
  // users.list gives no total up front; the accounts we already hold are the best guess for the estimate.
  progress.setTotal(await heldAccounts(ctx, sourceId), true);
  return listWebApi(env, client);
}

const percent = (n: number) => `${Math.round(n * 10) / 10}%`;

async function listAndApply(ctx: JobContext, source: Source, token: string, stats: RequestStats, opts: AggregationOptions): Promise<JobOutcome> {
  const config = parseConfig(source.config);
  const progress = new ProgressReporter({ write: (p) => ctx.progress(p), stats, perMinute: REQUESTS_PER_MINUTE[config.apiMode], pageSize: config.pageSize, now: opts.now ?? Date.now });
  let listing: Listing;
  try {
    listing = await list(ctx, source.id, token, config, stats, progress, opts);
  } catch (error) {
    if (error instanceof RunCancelled) return { state: "cancelled", counts: statCounts(stats) };
    throw error;
  }
  // The last moment a cancellation can stop the run: once applying starts it runs to the end.
  if (await ctx.isCancelled()) return { state: "cancelled", counts: statCounts(stats) };

  const result = await applyListing({
    db: ctx.db, sourceId: source.id, runId: ctx.runId, listing, now: new Date(opts.now?.() ?? Date.now()),
    deleteThresholdPercent: source.deleteThresholdPercent, report: (message) => progress.applying(message), checkpoint: opts.checkpoint, chunkSize: opts.applyChunkSize,
  });
  const counts = { ...result.counts, ...statCounts(stats) };
  if (result.state === "threshold") {
    const share = (result.removals / result.currentCount) * 100;
    const message = `${result.removals} accounts would be removed (${percent(share)} > threshold ${source.deleteThresholdPercent}%). Confirm or discard on the Aggregation page.`;
    await progress.applying(message, { pendingRemoval: result.removals });
    return { state: "waiting", counts, message };
  }
  await progress.applying("Done");
  return { state: "succeeded", counts };
}

/**
 * One aggregation run of a Slack source: list everything first (nothing is written while Slack is
 * being read), then apply the complete listing. A failed or cancelled listing leaves the data as it was.
 */
export async function aggregateSource(ctx: JobContext, sourceId: string, opts: AggregationOptions = {}): Promise<JobOutcome> {
  const { source, token } = await loadSourceForRun(ctx.db, sourceId, "slack", opts.encryptionKey);
  const stats = emptyStats();
  let outcome: JobOutcome;
  try {
    outcome = await listAndApply(ctx, source, token, stats, opts);
  } catch (error) {
    await recordRunEnded(ctx.db, sourceId, ctx.runId, false).catch(() => undefined);
    if (error instanceof JobFailure) throw new JobFailure(error.message, statCounts(stats), error.retryable);
    throw error;
  }
  await recordRunEnded(ctx.db, sourceId, ctx.runId, outcome.state === "succeeded");
  return outcome;
}
