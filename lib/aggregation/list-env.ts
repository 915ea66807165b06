import type { ProgressReporter } from "./progress";
import { RunCancelled } from "./retry";
import type { RequestStats } from "./types";

/** What a lister needs from the run: one guarded way to call Slack, counters, progress and cancellation. */
export interface ListEnv {
  /**
   * Sends one request under the run's retry and rate-limit policy. `api` names the API that answers
   * when it is not the source's own (SCIM mode reads auth.test and users.list too), so Slack's errors
   * are worded for the right one.
   */
  call<T>(what: string, send: () => Promise<T>, api?: "web" | "scim"): Promise<T>;
  stats: RequestStats;
  progress: ProgressReporter;
  isCancelled(): Promise<boolean>;
  pageSize: number;
  /** Per-request timeout in ms. */
  timeoutMs: number;
  fetch?: typeof fetch;
}

/** Checked before every page: a cancelled run stops without sending another request. */
export async function stopIfCancelled(env: ListEnv): Promise<void> {
  if (await env.isCancelled()) throw new RunCancelled();
}
