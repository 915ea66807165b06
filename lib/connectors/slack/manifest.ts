import type { ConnectorManifest } from "../types";
import { slackConfigSchema, slackDefaultConfig } from "./config";
import { testSlackConnection } from "./test-connection";

export const slackManifest: ConnectorManifest<typeof slackConfigSchema> = {
  id: "slack",
  name: "Slack",
  description:
    "Identity governance for Slack: brings in Slack accounts together with their user groups and roles, and manages users and the access they hold.",
  configSchema: slackConfigSchema,
  defaultConfig: slackDefaultConfig,
  secretLabel: "User OAuth Token (xoxp-)",
  test: testSlackConnection,
};
