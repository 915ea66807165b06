import { AccessLogIndex } from "./access-log-index";
import { EventStore } from "./event-store";
import type { IdentityRecord, SimGroup, SimIntegrationLog, SimTeam, SimUser } from "./types";

export interface WorkspaceInit {
  seed: number;
  team: SimTeam;
  users: SimUser[];
  groups: SimGroup[];
  integrationLogs: SimIntegrationLog[];
  identities: IdentityRecord[];
  /** Clock the workspace was generated at; behaviour profiles are anchored to it. */
  genesis: number;
  historyDays: number;
}

/**
 * One simulated Slack workspace: accounts, groups, logs and the raw access events behind its access
 * logs. Accounts are never removed (Slack only deactivates), so a user's index is stable for good.
 */
export class Workspace {
  readonly seed: number;
  readonly team: SimTeam;
  readonly users: SimUser[] = [];
  readonly groups: SimGroup[];
  readonly integrationLogs: SimIntegrationLog[];
  readonly identities: IdentityRecord[];
  readonly genesis: number;
  readonly historyDays: number;
  readonly events = new EventStore();
  readonly accessLogs = new AccessLogIndex(this.events);
  /** Control switch: users.list and SCIM /Users answer with no users at all. */
  emptyListing = false;
  /** Last UTC day index whose events have been generated. */
  generatedThroughDay = -Infinity;
  /** How many users were added after generation (feeds their deterministic seeds). */
  addedUsers = 0;
  private readonly usersById = new Map<string, SimUser>();
  private readonly groupsById = new Map<string, SimGroup>();
  /** user id → enabled groups, rebuilt lazily after membership changes (SCIM lists need it per user). */
  private membership: Map<string, SimGroup[]> | null = null;

  constructor(init: WorkspaceInit) {
    this.seed = init.seed;
    this.team = init.team;
    this.groups = init.groups;
    this.integrationLogs = init.integrationLogs;
    this.identities = init.identities;
    this.genesis = init.genesis;
    this.historyDays = init.historyDays;
    for (const u of init.users) this.registerUser(u);
    for (const g of init.groups) this.groupsById.set(g.id, g);
  }

  /** Adds an account to the lookups and reserves its access-log entries (events are added separately). */
  registerUser(user: SimUser): void {
    if (user.index !== this.users.length) throw new Error(`Workspace: user index ${user.index} out of order`);
    this.users.push(user);
    this.usersById.set(user.id, user);
    user.entryBase = this.accessLogs.registerUser(user.index, user.combos.length);
  }

  user(id: string): SimUser | undefined {
    return this.usersById.get(id);
  }

  group(id: string): SimGroup | undefined {
    return this.groupsById.get(id);
  }

  userByEmail(email: string): SimUser | undefined {
    const wanted = email.toLowerCase();
    return this.users.find((u) => u.email?.toLowerCase() === wanted);
  }

  /** Enabled groups a user belongs to (SCIM's `groups` attribute). */
  groupsOf(userId: string): SimGroup[] {
    if (!this.membership) {
      this.membership = new Map();
      for (const g of this.groups) {
        if (g.deletedAt !== 0) continue;
        for (const id of g.members) {
          const list = this.membership.get(id);
          if (list) list.push(g);
          else this.membership.set(id, [g]);
        }
      }
    }
    return this.membership.get(userId) ?? [];
  }

  /** Call after changing any group's members. */
  membershipChanged(): void {
    this.membership = null;
  }
}
