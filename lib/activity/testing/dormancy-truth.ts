import type { Db } from "@/db/client";
import type { SimControlClient } from "@/slack-sim/control-client";
import { listDormantAccounts } from "../overview-queries";
import { listIdentityActivity } from "../identity-list-queries";
import { DEFAULT_DORMANCY_THRESHOLDS, type DormancyThresholds } from "../metrics";
import type { ActivityFixture } from "./sim-fixture";

type WorkspaceUser = Awaited<ReturnType<SimControlClient["workspace"]>>["users"][number];
export type ExpectedStatus = "active" | "dormant" | "never_signed_in" | "excluded";

/**
 * What an account's dormancy flag must be, worked out from the simulator's own records (role, deleted,
 * true last activity) with the documented rule, independently of the product's code: bots are never
 * flagged, deactivated accounts are excluded, a live account with no activity is "never signed in",
 * and one idle for longer than its type's threshold (owners and admins 14 days, members and guests 30)
 * is dormant.
 */
export function expectedStatus(user: WorkspaceUser, lastActive: number | null, nowS: number, t: DormancyThresholds = DEFAULT_DORMANCY_THRESHOLDS): ExpectedStatus {
  if (user.role === "bot" || user.role === "slackbot" || user.deleted) return "excluded";
  const threshold = user.role === "owner" || user.role === "primary_owner" ? t.owner : user.role === "admin" ? t.admin : user.role.endsWith("guest") ? t.guest : t.member;
  if (lastActive === null) return "never_signed_in";
  return nowS - lastActive > threshold * 86_400 ? "dormant" : "active";
}

export interface DormancyComparison {
  users: number;
  expected: Record<ExpectedStatus, number>;
  /** Accounts whose flag differs from the expectation: "U…: expected X, got Y". */
  accountMismatches: string[];
  /** Identities (one account each in the fixture) whose list status differs. */
  identityMismatches: string[];
}

/**
 * Compares, for every user of the workspace, the product's dormant list (account level) and the
 * Identities list status (identity level) with the truth-derived expectation.
 */
export async function compareDormancy(
  db: Db, fx: ActivityFixture, control: SimControlClient, users: WorkspaceUser[], thresholds: DormancyThresholds = DEFAULT_DORMANCY_THRESHOLDS,
): Promise<DormancyComparison> {
  const truth = await control.truth().catch(() => control.truth());
  const now = new Date(truth.clock * 1000);
  const lastByUser = new Map(truth.users.map((u) => [u.userId, u.lastActive]));
  const flagged = await listDormantAccounts(db, { sourceId: fx.activitySourceId, now, thresholds, limit: users.length + 1 });
  const flagByUser = new Map(flagged.rows.map((r) => [r.userId, r.status]));
  const identityStatus = new Map<string, string>();
  for (let page = 1; ; page++) {
    const list = await listIdentityActivity(db, { sourceId: fx.activitySourceId, now, thresholds, sort: "name", dir: "asc", page, pageSize: 500 });
    for (const r of list.rows) identityStatus.set(r.identityId, r.status);
    if (page * 500 >= list.total) break;
  }
  const expected: Record<ExpectedStatus, number> = { active: 0, dormant: 0, never_signed_in: 0, excluded: 0 };
  const accountMismatches: string[] = [];
  const identityMismatches: string[] = [];
  for (const user of users) {
    const want = expectedStatus(user, lastByUser.get(user.id) ?? null, truth.clock, thresholds);
    expected[want]++;
    // The dormant list holds flagged accounts only; everything else is active or excluded there.
    const wantFlag = want === "dormant" || want === "never_signed_in" ? want : "none";
    const gotFlag = flagByUser.get(user.id) ?? "none";
    if (gotFlag !== wantFlag) accountMismatches.push(`${user.id} (${user.role}): expected ${wantFlag}, got ${gotFlag}`);
    const identityId = fx.identityByUser.get(user.id);
    if (identityId && identityStatus.get(identityId) !== want) identityMismatches.push(`${user.id} (${user.role}): expected ${want}, got ${identityStatus.get(identityId)}`);
  }
  return { users: users.length, expected, accountMismatches, identityMismatches };
}
