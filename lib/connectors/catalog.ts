import { activityInsightsSlackManifest } from "./activity-insights-slack/manifest";
import { slackManifest } from "./slack/manifest";
import type { ConnectorId, ConnectorManifest } from "./types";

/** Every connector the product offers. Adding one means adding a line here, nothing else. */
export const connectors: readonly ConnectorManifest[] = [slackManifest, activityInsightsSlackManifest];

/** Same list; the name the Sources pages import. */
export const connectorCatalog = connectors;

export function listConnectors(): readonly ConnectorManifest[] {
  return connectors;
}

export function isConnectorId(id: string): id is ConnectorId {
  return connectors.some((c) => c.id === id);
}

export function getConnector(id: string): ConnectorManifest | undefined {
  return connectors.find((c) => c.id === id);
}

/** Lower-case words; dashes of any kind count as spaces so "insights – slack" finds "Insights - Slack". */
function words(text: string): string[] {
  return text.toLowerCase().replace(/[\u2010-\u2015\-_]/g, " ").split(/\s+/).filter(Boolean);
}

/**
 * Connectors whose name, id or description contains every word of the query (as a prefix of a word),
 * name matches first. An empty query lists everything.
 */
export function searchConnectors(query: string): ConnectorManifest[] {
  const wanted = words(query);
  if (wanted.length === 0) return [...connectors];
  const matches = (text: string) => {
    const have = words(text);
    return wanted.every((w) => have.some((h) => h.startsWith(w)));
  };
  const hits = connectors.filter((c) => matches(`${c.name} ${c.id} ${c.description}`));
  // Stable sort: connectors matched by name alone come before description-only matches.
  return hits.sort((a, b) => Number(matches(`${b.name} ${b.id}`)) - Number(matches(`${a.name} ${a.id}`)));
}
