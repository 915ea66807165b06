import { JobFailure } from "@/lib/jobs/context";
import { explainSlackError, isUnreachable, type ClassifiedSlackError } from "@/lib/slack/errors";
import type { RequestStats } from "./types";

export interface RetryPolicy {
  /** Tries per request for transient faults (5xx, timeouts, dropped connections). */
  attempts: number;
  /** Backoff before try n+1 is baseDelayMs · 2^(n-1), plus up to 10% jitter. */
  baseDelayMs: number;
  /** A single Retry-After wait is capped here, so a bogus header cannot park a run for hours. */
  maxRateLimitWaitSeconds: number;
  /** 429s in a row for one request before the run gives up. */
  maxRateLimitWaits: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = { attempts: 5, baseDelayMs: 500, maxRateLimitWaitSeconds: 120, maxRateLimitWaits: 30 };

/** Without Retry-After (a proxy stripped it) wait this long; Slack's tier windows are a minute. */
const FALLBACK_RETRY_AFTER_SECONDS = 5;

export interface CallEnv {
  policy: RetryPolicy;
  sleep(ms: number): Promise<void>;
  random(): number;
  stats: RequestStats;
  /** Shows the wait to people (progress `waitingForRateLimit`); called before each wait. */
  onRateLimitWait(seconds: number): Promise<void>;
  isCancelled(): Promise<boolean>;
  /** The token in use, scrubbed from any message. */
  secrets: readonly string[];
  api: "web" | "scim";
}

/** Thrown when a person cancelled the run while it waited; the engine turns it into `cancelled`. */
export class RunCancelled extends Error {
  constructor() {
    super("The run was cancelled.");
  }
}

/**
 * Slack refused a request for a reason retrying cannot fix. It carries Slack's classified error so a
 * lister can tell the few refusals it can live with (a rejected guest filter, a missing scope) from the
 * ones that must fail the run; uncaught, it fails the run like any JobFailure.
 */
export class SlackRequestRefused extends JobFailure {
  constructor(
    message: string,
    readonly slack: ClassifiedSlackError,
  ) {
    super(message, {}, false);
  }
}

/**
 * Whether pg-boss should retry a run whose Slack call failed even after our own retries. False: our
 * backoff already covered a short outage, so the run ends failed with the reason and the next manual
 * or scheduled run tries again. (The worker does requeue runs for retryable failures, e.g. a crash.)
 */
const RETRY_JOB_AFTER_TRANSIENT_FAILURE = false;

/** Sleeps in slices so a cancellation is noticed within about a second. */
async function waitOut(env: CallEnv, ms: number): Promise<void> {
  let left = ms;
  while (left > 0) {
    const slice = Math.min(left, 1000);
    await env.sleep(slice);
    left -= slice;
    if (await env.isCancelled()) throw new RunCancelled();
  }
}

/**
 * Sends one Slack request with the run's policy: 429 → wait Retry-After and send the same request again
 * (never counted as a failure); transient fault → back off and retry; anything else → a JobFailure a
 * person can act on. The caller resumes from the same page, because only this request is repeated.
 */
export async function callSlack<T>(env: CallEnv, what: string, send: () => Promise<T>): Promise<T> {
  let failures = 0;
  let rateLimits = 0;
  for (;;) {
    env.stats.requests++;
    try {
      return await send();
    } catch (error) {
      const explained = explainSlackError(error, { method: what, api: env.api, secrets: env.secrets });
      const kind = explained.error;
      if (kind.kind === "rate_limited") {
        rateLimits++;
        env.stats.rateLimited++;
        if (rateLimits > env.policy.maxRateLimitWaits) {
          throw new JobFailure(`Slack kept rate limiting ${what} (${rateLimits} times in a row). Nothing was changed; the next run will try again.`, {}, RETRY_JOB_AFTER_TRANSIENT_FAILURE);
        }
        const seconds = Math.min(Math.max(1, kind.retryAfter ?? FALLBACK_RETRY_AFTER_SECONDS), env.policy.maxRateLimitWaitSeconds);
        await env.onRateLimitWait(seconds);
        await waitOut(env, seconds * 1000);
        continue;
      }
      if (isUnreachable(kind)) {
        failures++;
        if (failures >= env.policy.attempts) {
          throw new JobFailure(
            `${explained.message} Gave up on ${what} after ${failures} attempts; nothing was changed. ${explained.remedy}`,
            {},
            RETRY_JOB_AFTER_TRANSIENT_FAILURE,
          );
        }
        env.stats.retries++;
        const delay = env.policy.baseDelayMs * 2 ** (failures - 1);
        await waitOut(env, Math.round(delay * (1 + 0.1 * env.random())));
        continue;
      }
      // Bad token, missing scope, wrong plan, bad filter: retrying cannot help.
      throw new SlackRequestRefused(`${explained.message} ${explained.remedy}`, kind);
    }
  }
}
