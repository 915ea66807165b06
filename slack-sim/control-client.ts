import type { FaultsBody, AddUsersBody } from "./control/control-schemas";
import type { clockView, faultsView, tokensView, userSummary, workspaceView } from "./control/control-views";
import type { UserTruth } from "./model/ground-truth";

export type ClockState = ReturnType<typeof clockView>;
export type FaultState = ReturnType<typeof faultsView>;
export type TokenInfo = ReturnType<typeof tokensView>[number];
export type UserSummary = ReturnType<typeof userSummary>;
export type WorkspaceState = ReturnType<typeof workspaceView>;
export type FaultSettingsInput = FaultsBody;
export type AddUsersInput = AddUsersBody;

export class ControlApiError extends Error {
  constructor(readonly status: number, readonly body: unknown) {
    super(`control API answered ${status}: ${JSON.stringify(body)}`);
  }
}

/**
 * Typed client for the simulator's control API (`--control`). Pass the simulator's base url
 * (`http://127.0.0.1:3100`) or its control url (`…/_control/`).
 */
export class SimControlClient {
  private readonly base: string;

  constructor(url: string) {
    this.base = url.replace(/\/+$/, "").replace(/\/_control$/, "") + "/_control";
  }

  private async call<T>(method: string, path: string, body?: unknown): Promise<T> {
    const res = await fetch(this.base + path, {
      method,
      headers: body === undefined ? undefined : { "Content-Type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    const parsed: unknown = res.headers.get("content-type")?.includes("json") ? JSON.parse(text) : text;
    if (!res.ok) throw new ControlApiError(res.status, parsed);
    return parsed as T;
  }

  clock(): Promise<ClockState> {
    return this.call("GET", "/clock");
  }

  advanceClock(seconds: number): Promise<ClockState> {
    return this.call("POST", "/clock/advance", { seconds });
  }

  /** Moves the clock forward to a time (ISO string, Date or unix seconds). */
  setClock(to: Date | number | string): Promise<ClockState> {
    return this.call("POST", "/clock/advance", { to: to instanceof Date ? to.toISOString() : to });
  }

  /** Ground truth per user (all users when `userIds` is omitted). */
  async truth(userIds?: string[], workspace: "primary" | "free" = "primary"): Promise<{ clock: number; users: UserTruth[] }> {
    const query = new URLSearchParams({ workspace });
    if (userIds) query.set("users", userIds.join(","));
    return this.call("GET", `/truth?${query}`);
  }

  workspace(which: "primary" | "free" = "primary"): Promise<WorkspaceState> {
    return this.call("GET", `/workspace?workspace=${which}`);
  }

  tokens(): Promise<TokenInfo[]> {
    return this.call("GET", "/tokens");
  }

  identitiesCsv(): Promise<string> {
    return this.call("GET", "/identities.csv");
  }

  faults(): Promise<FaultState> {
    return this.call("GET", "/faults");
  }

  /** Merges fault settings, e.g. `{ rateLimits: { tiers: { tier2: { perMinute: 60, burst: 1 } } } }`. */
  setFaults(settings: FaultSettingsInput): Promise<FaultState> {
    return this.call("PUT", "/faults", settings);
  }

  resetFaults(): Promise<FaultState> {
    return this.call("DELETE", "/faults");
  }

  requestCounts(): Promise<Record<string, number>> {
    return this.call("GET", "/request-counts");
  }

  async resetRequestCounts(): Promise<void> {
    await this.call("DELETE", "/request-counts");
  }

  deactivateUser(userId: string): Promise<UserSummary> {
    return this.call("POST", `/users/${encodeURIComponent(userId)}/deactivate`);
  }

  reactivateUser(userId: string): Promise<UserSummary> {
    return this.call("POST", `/users/${encodeURIComponent(userId)}/reactivate`);
  }

  addUsers(input: AddUsersInput): Promise<{ users: UserSummary[] }> {
    return this.call("POST", "/users", input);
  }

  /** Moves a user from one group to another; `from: null` only adds, `to: null` only removes. */
  async moveGroupMember(userId: string, from: string | null, to: string | null): Promise<void> {
    await this.call("POST", "/groups/move", { userId, from, to });
  }

  async setEmptyListing(enabled: boolean): Promise<void> {
    await this.call("PUT", "/empty-listing", { enabled });
  }
}
