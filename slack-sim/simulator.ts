import { resolveToken, tokenSubjectUser, type AuthResult } from "./auth/resolve-token";
import { TOKEN_TABLE, type TokenName } from "./auth/token-table";
import { extendHistory } from "./generator/event-history";
import { generateWorkspace } from "./generator/workspace-generator";
import { FaultInjector } from "./http/fault-injector";
import { RateLimiter, type RateLimitMode } from "./http/rate-limiter";
import { RequestCounter } from "./http/request-counter";
import type { Plan } from "./model/types";
import type { Workspace } from "./model/workspace";

export interface SimulatorConfig {
  seed: number | string;
  plan: Plan;
  users: number;
  historyDays: number;
  /** Unix seconds. */
  clock: number;
  control: boolean;
  rateLimits: RateLimitMode;
}

/** Size of the free-plan side workspace that the `freeWorkspace` token belongs to. */
const SIDE_WORKSPACE_USERS = 12;

/**
 * Everything the HTTP layer serves: the simulated clock, the main workspace and the free-plan side
 * workspace, the token owners, and the fault / rate-limit / request-count switches.
 */
export class Simulator {
  readonly config: SimulatorConfig;
  readonly primary: Workspace;
  readonly free: Workspace;
  readonly rateLimiter = new RateLimiter();
  readonly faults = new FaultInjector();
  readonly requests = new RequestCounter();
  private now: number;
  private readonly subjects = new Map<string, string>();

  constructor(config: SimulatorConfig) {
    this.config = config;
    this.now = config.clock;
    this.primary = generateWorkspace({ seed: config.seed, plan: config.plan, users: config.users, historyDays: config.historyDays, clock: config.clock });
    this.free = generateWorkspace({
      seed: config.seed, plan: "free", users: SIDE_WORKSPACE_USERS, historyDays: config.historyDays, clock: config.clock, variant: "side",
    });
    for (const spec of TOKEN_TABLE) {
      this.subjects.set(spec.name, tokenSubjectUser(spec, spec.workspace === "primary" ? this.primary : this.free).id);
    }
    this.rateLimiter.reset(config.rateLimits);
  }

  get clock(): number {
    return this.now;
  }

  /** Moves the clock forward; events up to the new time become visible (they are generated as needed). */
  advanceClock(seconds: number): number {
    if (!Number.isFinite(seconds) || seconds < 0) throw new Error("the clock only moves forward");
    this.now += Math.floor(seconds);
    extendHistory(this.primary, this.now);
    extendHistory(this.free, this.now);
    return this.now;
  }

  authenticate(token: string | undefined): AuthResult {
    return resolveToken(token, { primary: this.primary, free: this.free }, this.subjects);
  }

  /** The user id behind each named token in this run. */
  tokenOwners(): Record<TokenName, string> {
    return Object.fromEntries(this.subjects) as Record<TokenName, string>;
  }

  workspace(key: "primary" | "free"): Workspace {
    return key === "free" ? this.free : this.primary;
  }
}
