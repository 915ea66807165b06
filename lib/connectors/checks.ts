import type { AuthTestResponse, WebClient } from "@slack/web-api";
import { explainSlackError } from "@/lib/slack/errors";
import { missingScopeExplanation } from "@/lib/slack/error-messages";
import { scrubTokens } from "@/lib/slack/redact";
import { checkTokenShape } from "@/lib/slack/token-shape";
import { callWithScopes, createSlackClient } from "@/lib/slack/web-client";
import type { CheckResult, CheckStatus, TestConnectionEnv, TestConnectionReport } from "./types";

/**
 * The ordered-check machinery shared by both Slack connectors' Test Connection, plus the checks they
 * have in common (token shape → auth.test → scopes). Connector files add their own data probes.
 */

/** Whole-run budget: stays under the promised 15 s with room to assemble the report. */
export const TEST_BUDGET_MS = 14_000;
export const DEFAULT_CALL_TIMEOUT_MS = 10_000;
/** Below this, starting another network call is pointless. */
const MIN_CALL_MS = 250;

export interface CheckOutcome {
  status: CheckStatus;
  message: string;
  remedy?: string;
}

/** State the checks share: the token, the time budget, and what earlier checks learned. */
export interface TestRun {
  /** The token as pasted (used only for scrubbing). */
  readonly rawToken: string;
  /** Trimmed token, set by the token-shape check. */
  token: string;
  readonly apiBaseUrl: string;
  readonly env: TestConnectionEnv;
  /** Aborted when the budget runs out, cancelling in-flight requests. */
  readonly signal: AbortSignal;
  workspace?: NonNullable<TestConnectionReport["workspace"]>;
  /** From auth.test's X-OAuth-Scopes; `reported` false when the header was missing. */
  scopes?: { granted: string[]; reported: boolean };
  /** Timeout for the next call: the per-call timeout, cut to what is left of the budget. */
  callTimeoutMs(): number;
  /** A fetch that also stops when the budget runs out. */
  fetch: typeof fetch;
  slackClient(): WebClient;
}

export interface CheckStep {
  id: string;
  label: string;
  /** Network checks are skipped once an earlier check failed. */
  network: boolean;
  /** Run even after a failure; the step must then cope with missing data (e.g. no workspace). */
  runsAfterFailure?: boolean;
  run(run: TestRun): Promise<CheckOutcome>;
}

/** Turns an error from a Slack call into a failed outcome with a message and remedy. */
export function failedFromError(run: TestRun, error: unknown, method: string, api: "web" | "scim" = "web"): CheckOutcome {
  const { message, remedy } = explainSlackError(error, { method, api, secrets: [run.rawToken, run.token] });
  return { status: "failed", message, remedy };
}

export const tokenShapeStep: CheckStep = {
  id: "token_shape",
  label: "Token format",
  network: false,
  async run(run) {
    const shape = checkTokenShape(run.rawToken);
    if (!shape.ok) return { status: "failed", message: shape.message, remedy: shape.remedy };
    run.token = shape.token;
    return { status: "passed", message: "The token is a Slack user token (xoxp-)." };
  },
};

export const authTestStep: CheckStep = {
  id: "auth_test",
  label: "Sign-in (auth.test)",
  network: true,
  async run(run) {
    try {
      const { data, scopes, scopesReported } = await callWithScopes<AuthTestResponse>(run.slackClient(), "auth.test");
      const workspace = {
        teamId: data.team_id ?? "",
        teamName: data.team ?? "",
        user: data.user ?? "",
        userId: data.user_id ?? "",
        ...(data.url ? { url: data.url } : {}),
      };
      run.workspace = workspace;
      run.scopes = { granted: scopes, reported: scopesReported };
      const who = workspace.user ? `${workspace.user} (${workspace.userId})` : workspace.userId;
      return {
        status: "passed",
        message: `Signed in to workspace "${workspace.teamName}" (team ID ${workspace.teamId}); the app was installed by ${who}.`,
      };
    } catch (error) {
      return failedFromError(run, error, "auth.test");
    }
  },
};

/** Checks auth.test's granted scopes against what this connector (and mode) needs. */
export function scopesStep(required: readonly string[], purpose: string): CheckStep {
  return {
    id: "scopes",
    label: "Granted scopes",
    network: false,
    async run(run) {
      const scopes = run.scopes;
      if (!scopes || !scopes.reported) {
        return {
          status: "warning",
          message: "Slack did not report the token's scopes, so they could not be compared here; the next check makes a real call instead.",
          remedy: `Make sure the app has ${required.join(", ")} under OAuth & Permissions → User Token Scopes.`,
        };
      }
      const missing = required.filter((s) => !scopes.granted.includes(s));
      if (missing.length > 0) {
        const explanation = missingScopeExplanation(missing.join(","), purpose);
        // "one of" fits Slack's `needed` lists; here every listed scope is required.
        const message = missing.length === 1 ? explanation.message : `The token lacks these scopes, which ${purpose} needs: ${missing.join(", ")}.`;
        const remedy = missing.length === 1 ? explanation.remedy : `In your Slack app, add ${missing.join(", ")} under OAuth & Permissions → User Token Scopes, then reinstall the app to the workspace (Settings → Install App) and paste the new User OAuth Token here.`;
        return { status: "failed", message, remedy };
      }
      return { status: "passed", message: `The token has the scopes ${purpose} needs: ${required.join(", ")}.` };
    },
  };
}

function timer(ms: number): { promise: Promise<"timeout">; cancel(): void } {
  let handle: ReturnType<typeof setTimeout> | undefined;
  const promise = new Promise<"timeout">((resolve) => {
    handle = setTimeout(() => resolve("timeout"), Math.max(0, ms));
  });
  return { promise, cancel: () => clearTimeout(handle) };
}

const OUT_OF_TIME: CheckOutcome = {
  status: "failed",
  message: "Slack could not be reached: no answer came within the time limit for Test Connection.",
  remedy: "Check the API base URL and Slack's status page (https://slack-status.com), then try again in a few minutes.",
};

function createRun(token: string, apiBaseUrl: string, env: TestConnectionEnv, deadline: number, controller: AbortController): TestRun {
  const perCall = Math.min(Math.max(1, env.timeoutMs ?? DEFAULT_CALL_TIMEOUT_MS), TEST_BUDGET_MS);
  const baseFetch = env.fetch ?? globalThis.fetch;
  const budgetFetch: typeof fetch = (input, init) =>
    baseFetch(input, { ...init, signal: init?.signal ? AbortSignal.any([init.signal, controller.signal]) : controller.signal });
  const run: TestRun = {
    rawToken: token,
    token: token.trim(),
    apiBaseUrl,
    env,
    signal: controller.signal,
    callTimeoutMs: () => Math.max(1, Math.min(perCall, deadline - Date.now())),
    fetch: budgetFetch,
    // Test Connection never retries: a person is waiting, and a retry could outlast the budget.
    slackClient: () => createSlackClient(run.token, apiBaseUrl, { timeoutMs: run.callTimeoutMs(), retries: 0, rejectRateLimitedCalls: true, fetch: budgetFetch }),
  };
  return run;
}

/**
 * Runs the steps in order. After a failure, later steps are skipped with the reason (unless a step
 * opts in); no step may outlast the overall budget. All texts are scrubbed of the token.
 */
export async function runChecks(
  steps: readonly CheckStep[],
  token: string,
  apiBaseUrl: string,
  env: TestConnectionEnv,
  opts: { budgetMs?: number } = {},
): Promise<TestConnectionReport> {
  const started = Date.now();
  const deadline = started + Math.min(opts.budgetMs ?? TEST_BUDGET_MS, TEST_BUDGET_MS);
  const controller = new AbortController();
  const run = createRun(token ?? "", apiBaseUrl, env, deadline, controller);
  const checks: CheckResult[] = [];
  let firstFailure: CheckStep | undefined;

  for (const step of steps) {
    let outcome: CheckOutcome;
    const remaining = deadline - Date.now();
    if (firstFailure && !step.runsAfterFailure) {
      outcome = { status: "skipped", message: `Not run because "${firstFailure.label}" failed; fix that first.` };
    } else if (step.network && remaining < MIN_CALL_MS) {
      outcome = { status: "skipped", message: "Not run: the time limit for Test Connection was used up." };
    } else {
      const guard = timer(remaining);
      try {
        const result = await Promise.race([step.run(run).catch((error: unknown) => failedFromError(run, error, step.label)), guard.promise]);
        if (result === "timeout") {
          controller.abort();
          outcome = OUT_OF_TIME;
        } else {
          outcome = result;
        }
      } finally {
        guard.cancel();
      }
    }
    if (outcome.status === "failed" && !firstFailure) firstFailure = step;
    const secrets = [run.rawToken, run.token];
    checks.push({
      id: step.id,
      label: step.label,
      status: outcome.status,
      message: scrubTokens(outcome.message, secrets),
      ...(outcome.remedy ? { remedy: scrubTokens(outcome.remedy, secrets) } : {}),
    });
  }
  controller.abort();

  return {
    ok: !checks.some((c) => c.status === "failed"),
    checks,
    ...(run.workspace ? { workspace: run.workspace } : {}),
    startedAt: new Date(started).toISOString(),
    finishedAt: new Date().toISOString(),
  };
}
