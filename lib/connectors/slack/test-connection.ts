import type { UsersListResponse } from "@slack/web-api";
import { scimRequest } from "@/lib/slack/scim-client";
import { scimBaseUrl } from "@/lib/slack/urls";
import { authTestStep, failedFromError, runChecks, scopesStep, tokenShapeStep, type CheckStep } from "../checks";
import type { TestConnectionEnv, TestConnectionReport } from "../types";
import type { SlackConfig } from "./config";

/** Scopes each API mode needs; SCIM is gated by `admin` alone. */
export const SLACK_REQUIRED_SCOPES = {
  scim: ["admin"],
  webapi: ["users:read", "users:read.email", "usergroups:read"],
} as const;

interface ScimListResponse {
  totalResults?: number;
}

/** One-item SCIM listing: surfaces plan (plus_teams_only), Grid install and filter problems. */
function scimProbe(config: SlackConfig): CheckStep {
  const filter = config.accountFilter.trim();
  return {
    id: "data_probe",
    label: "Read accounts (SCIM GET /Users)",
    network: true,
    async run(run) {
      const query = `startIndex=1&count=1${filter ? `&filter=${encodeURIComponent(filter)}` : ""}`;
      try {
        const res = await scimRequest<ScimListResponse>(scimBaseUrl(run.apiBaseUrl), run.token, `Users?${query}`, {
          timeoutMs: run.callTimeoutMs(),
          fetch: run.fetch,
          signal: run.signal,
        });
        const total = typeof res.body?.totalResults === "number" ? res.body.totalResults : undefined;
        if (filter && total === 0) {
          return {
            status: "warning",
            message: "Slack's SCIM API works, but no accounts match the account filter.",
            remedy: 'Check "Filter Condition for Accounts"; an aggregation with this filter would find nobody.',
          };
        }
        const count = total === undefined ? "" : ` ${total} account${total === 1 ? "" : "s"}${filter ? " match the account filter" : " in the workspace"}.`;
        return { status: "passed", message: `Slack's SCIM API answered.${count}` };
      } catch (error) {
        return failedFromError(run, error, "SCIM GET /Users", "scim");
      }
    },
  };
}

/**
 * SCIM mode reads admins, owners and bots from users.list when the token also has users:read
 * (lib/aggregation/scim-roles.ts). Without it aggregation still works, so this warns and never fails.
 */
const scimRolesStep: CheckStep = {
  id: "roles",
  label: "Admin, owner and bot roles (users:read)",
  network: false,
  async run(run) {
    if (!run.scopes?.reported) {
      return {
        status: "warning",
        message: "Slack did not report the token's scopes, so whether admins, owners and bots can be read is not known yet; aggregation tries users.list and notes it if Slack refuses.",
        remedy: "Make sure the app has users:read under OAuth & Permissions → User Token Scopes.",
      };
    }
    if (run.scopes.granted.includes("users:read")) {
      return { status: "passed", message: "The token has users:read: aggregation reads admins, owners and bots from users.list (Slack's SCIM API does not mark them)." };
    }
    return {
      status: "warning",
      message: "Without users:read, SCIM aggregation knows guests but not admins, owners or bots: they count as members, so privileged dormant accounts are missed and bots count as people.",
      remedy: "Add users:read under OAuth & Permissions → User Token Scopes, reinstall the app and paste the new User OAuth Token here.",
    };
  },
};

/** One-item users.list: the call Web API mode aggregates with. */
const webApiProbe: CheckStep = {
  id: "data_probe",
  label: "Read accounts (users.list)",
  network: true,
  async run(run) {
    try {
      const res = (await run.slackClient().apiCall("users.list", { limit: 1 })) as UsersListResponse;
      const sample = res.members?.[0];
      // Without users:read.email Slack silently omits emails, which breaks correlation by email.
      if (sample && !sample.is_bot && sample.id !== "USLACKBOT" && sample.profile && sample.profile.email === undefined) {
        return {
          status: "warning",
          message: "users.list answered, but without email addresses, so accounts cannot be matched to identities by email.",
          remedy: "Add users:read.email under OAuth & Permissions → User Token Scopes, then reinstall the app and paste the new User OAuth Token.",
        };
      }
      return { status: "passed", message: "users.list answered: accounts can be read through the Web API." };
    } catch (error) {
      return failedFromError(run, error, "users.list");
    }
  },
};

export async function testSlackConnection(config: SlackConfig, token: string, env: TestConnectionEnv): Promise<TestConnectionReport> {
  const scim = config.apiMode === "scim";
  const steps: CheckStep[] = [
    tokenShapeStep,
    authTestStep,
    scim ? scopesStep(SLACK_REQUIRED_SCOPES.scim, "Slack's SCIM API") : scopesStep(SLACK_REQUIRED_SCOPES.webapi, "Web API mode"),
    scim ? scimProbe(config) : webApiProbe,
    ...(scim ? [scimRolesStep] : []),
  ];
  return runChecks(steps, token, config.apiBaseUrl, env);
}
