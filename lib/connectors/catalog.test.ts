import { describe, expect, it } from "vitest";
import { connectorCatalog, connectors, getConnector, isConnectorId, searchConnectors } from "./catalog";

describe("connector catalog", () => {
  it("lists both Slack connectors with their exact names", () => {
    expect(connectors.map((c) => [c.id, c.name])).toEqual([
      ["slack", "Slack"],
      ["activity-insights-slack", "Activity Insights - Slack"],
    ]);
    expect(connectorCatalog).toBe(connectors);
  });
  it("finds a connector by id", () => {
    expect(getConnector("activity-insights-slack")?.name).toBe("Activity Insights - Slack");
    expect(getConnector("github")).toBeUndefined();
    expect(isConnectorId("slack")).toBe(true);
    expect(isConnectorId("nope")).toBe(false);
  });
  it("searches names and descriptions, ignoring case and dash style", () => {
    expect(searchConnectors("").map((c) => c.id)).toEqual(["slack", "activity-insights-slack"]);
    expect(searchConnectors("SLACK").map((c) => c.id)).toEqual(["slack", "activity-insights-slack"]);
    expect(searchConnectors("activity insights – slack").map((c) => c.id)).toEqual(["activity-insights-slack"]);
    expect(searchConnectors("activ").map((c) => c.id)).toEqual(["activity-insights-slack"]);
    expect(searchConnectors("groups roles").map((c) => c.id)).toEqual(["slack"]);
    expect(searchConnectors("salesforce")).toEqual([]);
  });
  it("ships valid default configs and a token label", () => {
    for (const c of connectors) {
      expect(c.configSchema.safeParse(c.defaultConfig).success).toBe(true);
      expect(c.secretLabel).toMatch(/xoxp-/);
      expect(c.description.length).toBeGreaterThan(40);
    }
  });
});
