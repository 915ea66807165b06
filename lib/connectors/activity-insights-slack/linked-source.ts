import type { CheckOutcome, CheckStep, TestRun } from "../checks";
import type { ActivityInsightsConfig } from "./config";

/**
 * Activity is keyed by Slack user id; only a Slack source of the same workspace (team_id) can turn
 * those ids into accounts and identities. A problem here is a warning: the token works, but the
 * activity collected cannot be attributed until the link is fixed.
 */

const UNATTRIBUTED = "activity cannot be attributed to identities until it is";

type Source = Awaited<ReturnType<TestRun["env"]["slackSources"]>>[number];

async function loadSources(run: TestRun): Promise<Source[] | "timeout"> {
  let handle: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<"timeout">((resolve) => {
    handle = setTimeout(() => resolve("timeout"), run.callTimeoutMs());
  });
  try {
    return await Promise.race([run.env.slackSources(), timeout]);
  } finally {
    clearTimeout(handle);
  }
}

export function linkedSourceOutcome(linkedSourceId: string | null, teamId: string, sources: readonly Source[]): CheckOutcome {
  if (!linkedSourceId) {
    return {
      status: "warning",
      message: `No Slack source is linked; ${UNATTRIBUTED} linked.`,
      remedy: `Choose the Slack source for this workspace (team ID ${teamId}) under "Linked Slack source".`,
    };
  }
  const source = sources.find((s) => s.id === linkedSourceId);
  if (!source) {
    return {
      status: "warning",
      message: `The linked Slack source no longer exists; ${UNATTRIBUTED} replaced.`,
      remedy: `Choose the Slack source for this workspace (team ID ${teamId}) under "Linked Slack source".`,
    };
  }
  if (source.teamId && source.teamId !== teamId) {
    return {
      status: "warning",
      message: `The linked Slack source "${source.name}" is in another workspace (team ID ${source.teamId}, this token's is ${teamId}); ${UNATTRIBUTED} fixed.`,
      remedy: `Link the Slack source of workspace ${teamId}, or use a token from workspace ${source.teamId}.`,
    };
  }
  if (!source.teamId || source.status !== "healthy") {
    return {
      status: "warning",
      message: `The linked Slack source "${source.name}" has not been tested healthy yet (status: ${source.status}); ${UNATTRIBUTED} healthy.`,
      remedy: `Run Test Connection on "${source.name}" and fix what it reports.`,
    };
  }
  return { status: "passed", message: `Linked to the Slack source "${source.name}" in the same workspace (team ID ${teamId}).` };
}

export function linkedSourceStep(config: ActivityInsightsConfig): CheckStep {
  return {
    id: "linked_source",
    label: "Linked Slack source",
    network: false,
    // Still useful after a failed data probe, as long as auth.test told us the workspace.
    runsAfterFailure: true,
    async run(run) {
      const teamId = run.workspace?.teamId;
      if (!teamId) return { status: "skipped", message: "Not run: the workspace is known only after a successful sign-in (auth.test)." };
      let sources: Source[] | "timeout";
      try {
        sources = await loadSources(run);
      } catch {
        sources = "timeout";
      }
      if (sources === "timeout") {
        return {
          status: "warning",
          message: "The Slack sources could not be looked up, so the link was not checked.",
          remedy: "Test the connection again; if this persists, check the application's database.",
        };
      }
      return linkedSourceOutcome(config.linkedSourceId, teamId, sources);
    },
  };
}
