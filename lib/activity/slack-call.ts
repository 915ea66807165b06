import { classifySlackError, isUnreachable, type ClassifiedSlackError } from "@/lib/slack/errors";

/** How a sync calls Slack: its own retries (the SDK's are off) so waits show up as progress. */
export interface CallPolicy {
  /** Retries of a 5xx, timeout or dropped connection before the run fails. */
  transientRetries: number;
  /** Delay before retry `attempt` (1-based), in ms. */
  backoffMs(attempt: number): number;
  /** Injectable so tests do not wait for real. */
  sleep(ms: number): Promise<void>;
  /** Seconds to wait when a 429 carries no usable Retry-After. */
  defaultRetryAfterSeconds: number;
  /** A 429 is a wait, not a failure, but a run that has waited this long in total gives up. */
  maxRateLimitWaitSeconds: number;
}

export const defaultCallPolicy: CallPolicy = {
  transientRetries: 5,
  backoffMs: (attempt) => Math.min(60_000, 1000 * 2 ** (attempt - 1)),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  defaultRetryAfterSeconds: 30,
  maxRateLimitWaitSeconds: 2 * 3600,
};

export interface CallHooks {
  /** Every HTTP attempt, 429s and failed tries included. */
  onRequest(): void;
  /** Before waiting out a 429: shows the wait on the run. */
  onRateLimited(seconds: number): Promise<void>;
  /** After the wait, before retrying. */
  onResumed(): Promise<void>;
  /** Checked after a wait so a cancelled run stops instead of retrying. */
  isCancelled(): Promise<boolean>;
}

/** A Slack call that failed for good; the handler turns it into a readable JobFailure. */
export class SlackCallFailed extends Error {
  constructor(
    readonly method: string,
    readonly classified: ClassifiedSlackError,
    /** True when retrying later may help (Slack unreachable, rate limit wait exhausted). */
    readonly transient: boolean,
    readonly cause: unknown,
  ) {
    super(`${method} failed: ${classified.kind}${classified.code ? ` ${classified.code}` : ""}`);
  }
}

/** Raised when a person cancelled the run while it was waiting. */
export class SyncCancelled extends Error {
  constructor() {
    super("cancelled");
  }
}

/**
 * Runs one Slack call to completion: waits out 429s (resuming the same request), retries transient
 * faults with backoff, and fails with the classified error otherwise.
 */
export async function callSlack<T>(method: string, call: () => Promise<T>, policy: CallPolicy, hooks: CallHooks, waited = { seconds: 0 }): Promise<T> {
  let transientFailures = 0;
  for (;;) {
    hooks.onRequest();
    try {
      return await call();
    } catch (error) {
      const classified = classifySlackError(error);
      if (classified.kind === "rate_limited") {
        const seconds = Math.max(1, Math.ceil(classified.retryAfter ?? policy.defaultRetryAfterSeconds));
        if (waited.seconds + seconds > policy.maxRateLimitWaitSeconds) throw new SlackCallFailed(method, classified, true, error);
        waited.seconds += seconds;
        await hooks.onRateLimited(seconds);
        await policy.sleep(seconds * 1000);
        if (await hooks.isCancelled()) throw new SyncCancelled();
        await hooks.onResumed();
        continue;
      }
      const transient = isUnreachable(classified) || (classified.kind === "http" && (classified.status ?? 0) >= 500);
      if (!transient || transientFailures >= policy.transientRetries) throw new SlackCallFailed(method, classified, transient, error);
      transientFailures++;
      await policy.sleep(policy.backoffMs(transientFailures));
      if (await hooks.isCancelled()) throw new SyncCancelled();
    }
  }
}
