/** Slack account aggregation: list a source's users and groups, then apply the complete listing. */
export { aggregateSource, type AggregationOptions } from "./aggregate";
export { confirmPendingRemovals, discardPendingRemovals, NotWaitingError } from "./pending-removals";
export { DEFAULT_RETRY_POLICY, type RetryPolicy } from "./retry";
export { ROLE_ENTITLEMENTS, roleOf, accountTypeOf } from "./roles";
export type { ApplyStep } from "./apply";
export type { AccountRole, AccountType } from "./types";
