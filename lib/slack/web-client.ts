import { LogLevel, WebClient, type Logger, type WebAPICallResult } from "@slack/web-api";

export interface SlackClientOptions {
  /** Per-request timeout in ms (the SDK's default is none, which could hang a request forever). */
  timeoutMs: number;
  /** Retries for 5xx and network failures; default 0 so a person clicking Test waits only once. */
  retries?: number;
  /**
   * Reject a 429 at once instead of pausing for Retry-After and retrying. Default: true when
   * `retries` is 0, since waiting out Retry-After without a retry left only delays the failure.
   */
  rejectRateLimitedCalls?: boolean;
  fetch?: typeof fetch;
}

/** The SDK logs request details at debug level and warnings on failures; none of it may leave. */
function silentLogger(): Logger {
  let level = LogLevel.ERROR;
  const noop = () => undefined;
  return {
    debug: noop,
    info: noop,
    warn: noop,
    error: noop,
    setLevel: (l: LogLevel) => {
      level = l;
    },
    getLevel: () => level,
    setName: noop,
  };
}

export function createSlackClient(token: string, apiBaseUrl: string, opts: SlackClientOptions): WebClient {
  const retries = opts.retries ?? 0;
  return new WebClient(token, {
    slackApiUrl: apiBaseUrl,
    retryConfig: { retries },
    rejectRateLimitedCalls: opts.rejectRateLimitedCalls ?? retries === 0,
    timeout: Math.max(1, Math.floor(opts.timeoutMs)),
    logger: silentLogger(),
    // A method name must never redirect the token to another host.
    allowAbsoluteUrls: false,
    ...(opts.fetch ? { fetch: opts.fetch } : {}),
  });
}

export interface CallWithScopesResult<T> {
  data: T;
  /** Scopes granted to the token, from Slack's X-OAuth-Scopes header; empty when not sent. */
  scopes: string[];
  /** False when the reply carried no X-OAuth-Scopes header (e.g. a proxy stripped it). */
  scopesReported: boolean;
}

/**
 * Calls a Web API method and returns the body with the token's granted scopes. The SDK copies the
 * X-OAuth-Scopes header into `response_metadata.scopes` (split on commas), so that is where we read it.
 */
export async function callWithScopes<T extends WebAPICallResult = WebAPICallResult>(
  client: WebClient,
  method: string,
  args: Record<string, unknown> = {},
): Promise<CallWithScopesResult<T>> {
  const data = (await client.apiCall(method, args)) as T;
  const raw = data.response_metadata?.scopes;
  const scopes = (raw ?? []).map((s) => s.trim()).filter((s) => s !== "");
  return { data, scopes, scopesReported: raw !== undefined };
}
