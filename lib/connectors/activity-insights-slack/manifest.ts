import type { ConnectorManifest } from "../types";
import { activityInsightsConfigSchema, activityInsightsDefaultConfig } from "./config";
import { testActivityInsightsConnection } from "./test-connection";

export const activityInsightsSlackManifest: ConnectorManifest<typeof activityInsightsConfigSchema> = {
  id: "activity-insights-slack",
  name: "Activity Insights - Slack",
  description:
    "Pairs with a Slack source to add activity data for its identities: sign-ins, when each was last active and how many days they were active.",
  configSchema: activityInsightsConfigSchema,
  defaultConfig: activityInsightsDefaultConfig,
  secretLabel: "User OAuth Token (xoxp-)",
  test: testActivityInsightsConnection,
};
