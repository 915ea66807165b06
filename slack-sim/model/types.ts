import type { ClientKind } from "../generator/client-data";

export type Plan = "free" | "pro" | "business_plus" | "enterprise";
export const PLANS: readonly Plan[] = ["free", "pro", "business_plus", "enterprise"];

export type Role =
  | "primary_owner"
  | "owner"
  | "admin"
  | "member"
  | "multi_channel_guest"
  | "single_channel_guest"
  | "bot"
  | "slackbot";

export type ProfileKind =
  | "daily"
  | "weekdays"
  | "weekly"
  | "fading"
  | "returning"
  | "dormant_30"
  | "dormant_60"
  | "dormant_90"
  | "never"
  | "traveller"
  /** Bots, Slackbot and invited users: they never sign in. */
  | "none";

export type IdentityMatch = "exact" | "case_mismatch" | "orphan";
export type LifecycleState = "active" | "leaver" | "inactive";

export interface SimClient {
  kind: ClientKind;
  userAgent: string;
}

export interface SimIp {
  ip: string;
  isp: string;
  country: string;
  region: string;
}

/** One (client, ip) pairing a user signs in with; it becomes one access-log entry. */
export interface SimCombo {
  client: number;
  ip: number;
  weight: number;
  /** Used only while the user is travelling (and never otherwise). */
  travel: boolean;
}

/**
 * Behaviour parameters in UTC day indexes. Everything needed to regenerate a user's events for any day
 * lives here, so events for future days can be produced on demand and still be deterministic.
 */
export interface ActivityPlan {
  kind: ProfileKind;
  /** No activity before this unix second (account creation or history start). */
  activeFrom: number;
  /** Last day with any activity (Infinity: keeps going). */
  lastDay: number;
  fadeFromDay: number;
  gapFromDay: number;
  gapToDay: number;
  travelFromDay: number;
  travelToDay: number;
  /** 0 = Sunday … 6 = Saturday, for the weekly profile. */
  weeklyDay: number;
  minEvents: number;
  maxEvents: number;
  /** Local seconds after midnight. */
  workStart: number;
  workEnd: number;
}

export interface SimUser {
  /** Position in the workspace listing; also feeds the per-user random stream. */
  index: number;
  id: string;
  name: string;
  realName: string;
  firstName: string;
  lastName: string;
  displayName: string;
  email: string | null;
  title: string;
  department: string;
  employeeId: string | null;
  managerId: string | null;
  role: Role;
  invited: boolean;
  deleted: boolean;
  deactivatedAt: number | null;
  createdAt: number;
  updated: number;
  tz: string;
  tzLabel: string;
  tzOffset: number;
  color: string;
  avatarHash: string;
  has2fa: boolean;
  botId: string | null;
  appId: string | null;
  plan: ActivityPlan;
  clients: SimClient[];
  ips: SimIp[];
  combos: SimCombo[];
  /** Unix-second ranges [from, to) with no sign-ins (deactivation periods). */
  blackouts: Array<[number, number]>;
  identity: IdentityMatch;
  lifecycle: LifecycleState;
  /** Seed of this user's event streams. */
  eventSeed: number;
  /** First access-log entry id of this user; entry id = base + combo index. */
  entryBase: number;
}

export interface SimGroup {
  id: string;
  name: string;
  handle: string;
  description: string;
  members: string[];
  createdAt: number;
  updatedAt: number;
  createdBy: string;
  /** Non-zero when disabled (Slack's `date_delete`). */
  deletedAt: number;
}

export interface SimTeam {
  id: string;
  name: string;
  domain: string;
  emailDomain: string;
  plan: Plan;
  enterpriseId: string | null;
  enterpriseName: string | null;
  iconHash: string;
}

export interface SimIntegrationLog {
  userId: string;
  userName: string;
  date: number;
  changeType: "added" | "removed" | "enabled" | "disabled" | "updated" | "expanded";
  appId: string | null;
  appType: string | null;
  serviceId: number | null;
  serviceType: string | null;
  scope: string;
  channel: string | null;
  reason: string | null;
}

export interface IdentityRecord {
  name: string;
  email: string;
  employeeId: string;
  department: string;
  title: string;
  managerEmail: string;
  lifecycle: LifecycleState;
}
