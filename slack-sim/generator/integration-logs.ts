import type { Prng } from "../core/prng";
import type { SlackIdFactory } from "../core/slack-ids";
import { DAY_SECONDS } from "../core/time";
import type { SimIntegrationLog, SimUser } from "../model/types";

const APPS: readonly { name: string; scope: string }[] = [
  { name: "Google Drive", scope: "files:read,links:read,links:write,chat:write" },
  { name: "Jira Cloud", scope: "channels:read,chat:write,commands,users:read" },
  { name: "GitHub", scope: "chat:write,commands,links:read,links:write" },
  { name: "Zoom", scope: "calls:write,chat:write,commands,users:read" },
  { name: "PagerDuty", scope: "channels:read,chat:write,commands" },
  { name: "Salesforce", scope: "chat:write,commands,users:read,users:read.email" },
  { name: "Donut", scope: "channels:read,chat:write,im:write,users:read" },
  { name: "Polly", scope: "chat:write,commands,reactions:read" },
  { name: "Datadog", scope: "chat:write,commands,incoming-webhook" },
];
const SERVICES: readonly { name: string; id: number }[] = [
  { name: "Incoming WebHooks", id: 1532022016 },
  { name: "RSS", id: 1532022017 },
];

/**
 * A deterministic history of app and integration changes made by owners and admins, ending with the
 * install of the Activity Insights app itself shortly before the clock.
 */
export function buildIntegrationLogs(users: readonly SimUser[], ids: SlackIdFactory, prng: Prng, genesis: number, historyDays: number): SimIntegrationLog[] {
  const actors = users.filter((u) => (u.role === "admin" || u.role === "owner" || u.role === "primary_owner") && !u.deleted);
  const appIds = APPS.map(() => ids.next("A"));
  const total = Math.min(400, 12 + Math.floor(users.length / 500));
  const logs: SimIntegrationLog[] = [];
  const windowSeconds = historyDays * DAY_SECONDS;
  for (let i = 0; i < total; i++) {
    const actor = prng.pick(actors);
    const date = genesis - prng.int(2 * DAY_SECONDS, windowSeconds);
    if (prng.chance(0.15)) {
      const service = prng.pick(SERVICES);
      logs.push({
        userId: actor.id, userName: actor.name, date, changeType: prng.pick(["added", "removed", "updated"] as const), appId: null, appType: null,
        serviceId: service.id, serviceType: service.name, scope: "incoming-webhook", channel: prng.pick(["#alerts", "#announcements", "#news"]), reason: null,
      });
      continue;
    }
    const a = prng.int(0, APPS.length - 1);
    const changeType = prng.pick(["added", "added", "updated", "enabled", "disabled", "removed"] as const);
    logs.push({
      userId: actor.id, userName: actor.name, date, changeType, appId: appIds[a], appType: APPS[a].name, serviceId: null, serviceType: null,
      scope: APPS[a].scope, channel: null, reason: changeType === "disabled" || changeType === "removed" ? prng.pick(["user", "deauth"]) : null,
    });
  }
  const owner = users.find((u) => u.role === "primary_owner") ?? actors[0];
  logs.push({
    userId: owner.id, userName: owner.name, date: genesis - DAY_SECONDS - prng.int(0, 3600), changeType: "added", appId: ids.next("A"), appType: "Activity Insights - Slack",
    serviceId: null, serviceType: null, scope: "admin", channel: null, reason: null,
  });
  // Newest first (Slack lists the latest change first); the sort is stable, so ties keep generation order.
  logs.sort((x, y) => y.date - x.date);
  return logs;
}
