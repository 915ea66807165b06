import type { Prng } from "../core/prng";
import type { IdentityRecord, LifecycleState, SimTeam, SimUser } from "../model/types";
import { FIRST_NAMES, LAST_NAMES } from "./name-data";
import { DEPARTMENTS } from "./org-data";
import { pickDepartment } from "./org-chart";
import { isHumanRole } from "./roles";

export const IDENTITY_CSV_COLUMNS = ["name", "email", "employee_id", "department", "title", "manager_email", "lifecycle_state"] as const;

function weightedLifecycle(prng: Prng, leaver: number, inactive: number): LifecycleState {
  const r = prng.next();
  return r < leaver ? "leaver" : r < leaver + inactive ? "inactive" : "active";
}

/**
 * HR lifecycle per person. Most deactivated Slack users are leavers, but not all; a few active Slack
 * users are leavers or on leave in HR: exactly the mismatches a governance review should surface.
 */
export function assignLifecycles(users: SimUser[], prng: Prng): void {
  for (const u of users) {
    if (!isHumanRole(u.role)) continue;
    if (u.deleted) u.lifecycle = weightedLifecycle(prng, 0.85, 0.05);
    else if (u.plan.kind === "dormant_90" || u.plan.kind === "dormant_60") u.lifecycle = weightedLifecycle(prng, 0.1, 0.3);
    else if (u.role === "primary_owner") u.lifecycle = "active";
    else u.lifecycle = weightedLifecycle(prng, 0.015, 0.015);
  }
}

/** The CSV spelling of an email whose case differs from Slack's: `Jane.Doe@Example.com`. */
function caseVariant(email: string): string {
  const [local, domain] = email.split("@");
  const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
  return `${local.split(".").map(cap).join(".")}@${cap(domain)}`;
}

/**
 * The authoritative identities file: one row per Slack human that is not an orphan (exact or
 * case-mismatched email), plus people who have no Slack account at all.
 */
export function buildIdentities(users: readonly SimUser[], team: SimTeam, prng: Prng): IdentityRecord[] {
  const csvEmailById = new Map<string, string>();
  const rows: IdentityRecord[] = [];
  for (const u of users) {
    if (!isHumanRole(u.role) || u.identity === "orphan" || !u.email) continue;
    csvEmailById.set(u.id, u.identity === "case_mismatch" ? caseVariant(u.email) : u.email);
  }
  for (const u of users) {
    const email = csvEmailById.get(u.id);
    if (!email) continue;
    rows.push({
      name: u.realName, email, employeeId: u.employeeId ?? "", department: u.department, title: u.title,
      managerEmail: (u.managerId && csvEmailById.get(u.managerId)) || "", lifecycle: u.lifecycle,
    });
  }

  // People without Slack accounts (field staff, recent leavers who never joined, …).
  const takenEmails = new Set(users.map((u) => u.email?.toLowerCase()).filter((e): e is string => !!e));
  const leadersByDepartment = new Map<string, string[]>();
  for (const u of users) {
    const dept = DEPARTMENTS.find((d) => d.name === u.department);
    const email = csvEmailById.get(u.id);
    if (!dept || !email || u.deleted || (u.title !== dept.manager && u.title !== dept.head)) continue;
    const list = leadersByDepartment.get(dept.name);
    if (list) list.push(email);
    else leadersByDepartment.set(dept.name, [email]);
  }
  const ceoEmail = users.find((u) => u.role === "primary_owner")?.email ?? "";
  const extras = Math.max(1, Math.round(rows.length * 0.06));
  let employee = 90001;
  for (let i = 0; i < extras; i++) {
    const first = prng.pick(FIRST_NAMES);
    const last = prng.pick(LAST_NAMES);
    const local = `${first}.${last}`.toLowerCase().replace(/[^a-z0-9.]/g, "");
    let email = `${local}@${team.emailDomain}`;
    for (let n = 2; takenEmails.has(email); n++) email = `${local}${n}@${team.emailDomain}`;
    takenEmails.add(email);
    const dept = pickDepartment(prng);
    const leaders = leadersByDepartment.get(dept.name);
    rows.push({
      name: `${first} ${last}`, email, employeeId: `E${employee++}`, department: dept.name, title: prng.pick(dept.individualTitles),
      managerEmail: leaders ? prng.pick(leaders) : ceoEmail, lifecycle: weightedLifecycle(prng, 0.1, 0.05),
    });
  }
  return rows;
}

function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function identitiesToCsv(rows: readonly IdentityRecord[]): string {
  const lines = [IDENTITY_CSV_COLUMNS.join(",")];
  for (const r of rows) {
    lines.push([r.name, r.email, r.employeeId, r.department, r.title, r.managerEmail, r.lifecycle].map(csvField).join(","));
  }
  return lines.join("\n") + "\n";
}
