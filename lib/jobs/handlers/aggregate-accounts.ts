import { aggregateSource, type AggregationOptions } from "@/lib/aggregation";
import { JobFailure, type JobHandler } from "../context";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Builds the handler; tests pass options (encryption key, fast backoff, fetch wrappers). */
export function createAggregateAccountsHandler(options: AggregationOptions = {}): JobHandler {
  return async (ctx) => {
    const sourceId = ctx.data.sourceId;
    if (typeof sourceId !== "string" || !UUID.test(sourceId)) throw new JobFailure("The run names no valid source.", {}, false);
    return aggregateSource(ctx, sourceId, options);
  };
}

/** `aggregate-accounts` queue: data `{ runId, sourceId }`, sent with singletonKey = sourceId. */
export const aggregateAccounts: JobHandler = createAggregateAccountsHandler();
