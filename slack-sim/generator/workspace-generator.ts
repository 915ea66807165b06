import { hashString, mix32, Prng } from "../core/prng";
import { SlackIdFactory } from "../core/slack-ids";
import type { Plan, SimTeam } from "../model/types";
import { Workspace } from "../model/workspace";
import { assignDevices, createOfficeIps } from "./devices";
import { generateInitialHistory } from "./event-history";
import { assignLifecycles, buildIdentities } from "./identities";
import { buildIntegrationLogs } from "./integration-logs";
import { COMPANIES, SIDE_WORKSPACES } from "./name-data";
import { assignOrgChart } from "./org-chart";
import { createPeople, createSlackbot, dedupePeople } from "./people";
import { assignProfiles } from "./profiles";
import { assignRoles, MIN_USERS } from "./roles";
import { buildUserGroups } from "./usergroups";

export const MAX_USERS = 100_000;

export interface WorkspaceOptions {
  seed: number | string;
  plan: Plan;
  /** Accounts to generate (humans and bots); Slackbot comes on top. */
  users: number;
  historyDays: number;
  /** Unix seconds. */
  clock: number;
  /** The free-plan side workspace uses a different company and id space. */
  variant?: "primary" | "side";
}

/** Each generation stage gets its own stream, so changing one stage never reshuffles the others. */
const STAGE = { ids: 1, team: 2, roles: 3, people: 4, org: 5, profiles: 6, devices: 7, lifecycle: 8, groups: 9, logs: 10, identities: 11, events: 12 };

export function normalizeSeed(seed: number | string): number {
  if (typeof seed === "number" && Number.isFinite(seed)) return seed >>> 0;
  const text = String(seed).trim();
  return /^\d+$/.test(text) ? Number(text) >>> 0 : hashString(text);
}

function buildTeam(seed: number, plan: Plan, variant: "primary" | "side", ids: SlackIdFactory): SimTeam {
  const prng = new Prng(mix32(seed, STAGE.team));
  const companies = variant === "side" ? SIDE_WORKSPACES : COMPANIES;
  const company = companies[prng.int(0, companies.length - 1)];
  return {
    id: ids.next("T"), name: company.name, domain: company.slackDomain, emailDomain: company.domain, plan,
    enterpriseId: plan === "enterprise" ? ids.next("E") : null,
    enterpriseName: plan === "enterprise" ? `${company.name} Enterprise` : null,
    iconHash: prng.int(0, 0xffffff).toString(16).padStart(6, "0"),
  };
}

/**
 * Generates a complete workspace, deterministically from the seed and clock: accounts with roles,
 * names and org data, behaviour profiles, devices, groups, integration logs, the identities file and
 * every raw access event from the start of the history window up to the clock.
 */
export function generateWorkspace(opts: WorkspaceOptions): Workspace {
  if (!Number.isInteger(opts.users) || opts.users < MIN_USERS || opts.users > MAX_USERS) {
    throw new Error(`users must be an integer from ${MIN_USERS} to ${MAX_USERS}`);
  }
  const variant = opts.variant ?? "primary";
  const seed = mix32(normalizeSeed(opts.seed), variant === "side" ? 0x51de : 0);
  const stream = (stage: number) => new Prng(mix32(seed, stage));
  const ids = new SlackIdFactory(stream(STAGE.ids));
  ids.reserve("USLACKBOT");
  const team = buildTeam(seed, opts.plan, variant, ids);
  const window = { genesis: opts.clock, historyDays: opts.historyDays };

  const slots = assignRoles(opts.users, stream(STAGE.roles));
  const users = createPeople(slots, { prng: stream(STAGE.people), ids, team, ...window });
  users.push(createSlackbot(users.length));
  dedupePeople(users, { emails: new Set(), names: new Set() });
  assignOrgChart(users, team, stream(STAGE.org));
  assignProfiles(users, window, stream(STAGE.profiles));

  const devicePrng = stream(STAGE.devices);
  const offices = createOfficeIps(devicePrng);
  for (const u of users) {
    u.eventSeed = mix32(seed, STAGE.events, u.index);
    if (u.plan.kind !== "none" && u.plan.kind !== "never") assignDevices(u, offices, devicePrng);
  }
  assignLifecycles(users, stream(STAGE.lifecycle));

  const groups = opts.plan === "free" ? [] : buildUserGroups(users, { prng: stream(STAGE.groups), ids, ...window });
  const integrationLogs = buildIntegrationLogs(users, ids, stream(STAGE.logs), opts.clock, opts.historyDays);
  const identities = buildIdentities(users, team, stream(STAGE.identities));

  const ws = new Workspace({ seed, team, users, groups, integrationLogs, identities, genesis: opts.clock, historyDays: opts.historyDays });
  generateInitialHistory(ws, opts.clock);
  return ws;
}
