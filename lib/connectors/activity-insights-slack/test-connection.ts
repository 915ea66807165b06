import type { TeamAccessLogsResponse } from "@slack/web-api";
import { authTestStep, failedFromError, runChecks, scopesStep, tokenShapeStep, type CheckStep } from "../checks";
import type { TestConnectionEnv, TestConnectionReport } from "../types";
import type { ActivityInsightsConfig } from "./config";
import { linkedSourceStep } from "./linked-source";

export const ACTIVITY_INSIGHTS_REQUIRED_SCOPES = ["admin"] as const;

/** One access-log entry: surfaces paid_only (Free plan) and not_allowed_token_type before any sync. */
const accessLogsProbe: CheckStep = {
  id: "data_probe",
  label: "Read access logs (team.accessLogs)",
  network: true,
  async run(run) {
    try {
      // `limit` (not `count`) puts team.accessLogs in cursor mode, the mode the sync pages with.
      const res = (await run.slackClient().apiCall("team.accessLogs", { limit: 1 })) as TeamAccessLogsResponse;
      const empty = (res.logins?.length ?? 0) === 0;
      return {
        status: "passed",
        message: empty ? "team.accessLogs answered, but no sign-ins are recorded yet." : "team.accessLogs answered: sign-in activity can be read.",
      };
    } catch (error) {
      return failedFromError(run, error, "team.accessLogs");
    }
  },
};

export async function testActivityInsightsConnection(
  config: ActivityInsightsConfig,
  token: string,
  env: TestConnectionEnv,
): Promise<TestConnectionReport> {
  const steps: CheckStep[] = [
    tokenShapeStep,
    authTestStep,
    scopesStep(ACTIVITY_INSIGHTS_REQUIRED_SCOPES, "Activity Insights (team.accessLogs)"),
    accessLogsProbe,
    linkedSourceStep(config),
  ];
  return runChecks(steps, token, config.apiBaseUrl, env);
}
