import type { Prng } from "../core/prng";
import type { SimTeam, SimUser } from "../model/types";
import {
  ADMIN_TITLES, CEO_TITLE, DEPARTMENTS, EXECUTIVE_DEPARTMENT, EXECUTIVE_TITLES, GUEST_TITLES, SPAN_OF_CONTROL,
  type DepartmentSpec,
} from "./org-data";
import { isGuestRole, isHumanRole } from "./roles";

const DEPARTMENT_WEIGHTS = DEPARTMENTS.map((d) => d.weight);

export function pickDepartment(prng: Prng): DepartmentSpec {
  return DEPARTMENTS[prng.weightedIndex(DEPARTMENT_WEIGHTS)];
}

/**
 * Decides whether a person will appear in the identities CSV, and how. Roughly 90% of humans match by
 * exact email; some differ only in letter case; the rest (no email, other domains, a few unknowns) are
 * orphans. Owners and admins always match: the org chart hangs off them.
 */
export function decideIdentityMatch(user: SimUser, team: SimTeam, prng: Prng): void {
  if (!isHumanRole(user.role) || !user.email || !user.email.endsWith("@" + team.emailDomain)) {
    user.identity = "orphan";
    return;
  }
  if (user.role === "primary_owner" || user.role === "owner" || user.role === "admin") {
    user.identity = "exact";
    return;
  }
  const r = prng.next();
  user.identity = r < 0.035 ? "case_mismatch" : r < 0.05 ? "orphan" : "exact";
}

/**
 * Gives every human a department, a title and a manager. Leaders (department heads and managers) are
 * chosen only among people who are in the identities CSV, so `manager_email` always points at a row of
 * the same file.
 */
export function assignOrgChart(users: SimUser[], team: SimTeam, prng: Prng): void {
  const humans = users.filter((u) => isHumanRole(u.role));
  for (const u of humans) decideIdentityMatch(u, team, prng);

  const ceo = humans.find((u) => u.role === "primary_owner");
  if (!ceo) throw new Error("workspace has no primary owner");
  ceo.department = EXECUTIVE_DEPARTMENT;
  ceo.title = CEO_TITLE;

  let ownerCount = 0;
  let adminCount = 0;
  const byDepartment = new Map<string, SimUser[]>();
  for (const u of humans) {
    if (u === ceo) continue;
    if (u.role === "owner") {
      u.department = EXECUTIVE_DEPARTMENT;
      u.title = ownerCount < EXECUTIVE_TITLES.length ? EXECUTIVE_TITLES[ownerCount] : "Chief of Staff";
      u.managerId = ceo.id;
      ownerCount++;
      continue;
    }
    const dept = u.role === "admin" ? DEPARTMENTS.find((d) => d.name === "IT")! : pickDepartment(prng);
    u.department = dept.name;
    if (u.role === "admin") u.title = ADMIN_TITLES[adminCount++ % ADMIN_TITLES.length];
    if (isGuestRole(u.role)) u.title = prng.pick(GUEST_TITLES);
    const list = byDepartment.get(dept.name) ?? [];
    list.push(u);
    byDepartment.set(dept.name, list);
  }

  for (const dept of DEPARTMENTS) {
    const people = byDepartment.get(dept.name) ?? [];
    const eligible = people.filter((u) => u.role === "member" && u.identity !== "orphan" && !u.invited && !u.deleted);
    const head = eligible[0];
    const managerCount = Math.max(0, Math.ceil((people.length - 1) / SPAN_OF_CONTROL) - 1);
    const managers = eligible.slice(1, 1 + managerCount);
    if (head) {
      head.title = dept.head;
      head.managerId = ceo.id;
    }
    for (const m of managers) {
      m.title = dept.manager;
      m.managerId = (head ?? ceo).id;
    }
    const leaders = managers.length > 0 ? managers : head ? [head] : [ceo];
    const leaderSet = new Set<SimUser>(managers);
    if (head) leaderSet.add(head);
    for (const u of people) {
      if (leaderSet.has(u)) continue;
      if (!u.title) u.title = prng.pick(dept.individualTitles);
      // External guests have no manager in the company directory.
      u.managerId = u.identity === "orphan" && isGuestRole(u.role) ? null : prng.pick(leaders).id;
    }
  }
  assignEmployeeIds(humans);
}

function assignEmployeeIds(humans: SimUser[]): void {
  let employee = 10001;
  let contractor = 5001;
  for (const u of humans) {
    if (u.identity === "orphan") continue;
    u.employeeId = isGuestRole(u.role) ? `C${contractor++}` : `E${employee++}`;
  }
}

/** Places a user added at run time as an individual contributor under an existing leader. */
export function placeNewcomer(user: SimUser, everyone: readonly SimUser[], prng: Prng, nextEmployeeNumber: number): void {
  const dept = pickDepartment(prng);
  user.department = dept.name;
  user.title = isGuestRole(user.role) ? prng.pick(GUEST_TITLES) : prng.pick(dept.individualTitles);
  const leaders = everyone.filter((u) => u.department === dept.name && (u.title === dept.manager || u.title === dept.head) && !u.deleted);
  const fallback = everyone.find((u) => u.role === "primary_owner");
  user.managerId = leaders.length > 0 ? prng.pick(leaders).id : fallback?.id ?? null;
  user.employeeId = user.identity === "orphan" ? null : `E${nextEmployeeNumber}`;
}
