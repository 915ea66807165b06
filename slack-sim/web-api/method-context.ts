import type { WebAPICallResult } from "@slack/web-api";
import type { Caller } from "../auth/resolve-token";
import type { RateTier } from "../http/rate-limiter";
import type { Params } from "./params";

export interface MethodContext {
  caller: Caller;
  params: Params;
  /** The simulator clock, unix seconds. */
  clock: number;
}

export interface WebApiMethod {
  tier: RateTier;
  /** Scopes that grant the method (any one suffices); empty for auth.test. */
  scopes: readonly string[];
  /** Methods Slack refuses for bot tokens (not_allowed_token_type). */
  userTokenOnly: boolean;
  /** Paid-plan feature: `paid_only` on Free. */
  paidOnly?: boolean;
  handle(ctx: MethodContext): WebAPICallResult;
}
