import { SlackScimError, SlackScimRequestError, parseRetryAfter } from "./scim-client";
import { describeClassified, isUnreachable, type DescribeContext, type ErrorExplanation } from "./error-messages";

export type { DescribeContext, ErrorExplanation } from "./error-messages";

/** What went wrong with a Slack call, reduced to what decides the message and the remedy. */
export interface ClassifiedSlackError {
  kind: "platform" | "rate_limited" | "http" | "network" | "timeout";
  /** Slack's error code (`invalid_auth`, `plus_teams_only`…), or a network code such as ECONNREFUSED. */
  code?: string;
  /** HTTP status, when there was a response. */
  status?: number;
  /** Seconds to wait, from Retry-After. */
  retryAfter?: number;
  /** From `missing_scope`: the scope(s) the method needs, comma-separated. */
  needed?: string;
  /** From `missing_scope`: the scopes the token has, comma-separated. */
  provided?: string;
}

// The SDK's error classes are matched by their `code` property rather than `instanceof`, so the check
// holds even if two copies of @slack/web-api end up installed.
const SDK = {
  platform: "slack_webapi_platform_error",
  request: "slack_webapi_request_error",
  http: "slack_webapi_http_error",
  rateLimited: "slack_webapi_rate_limited_error",
} as const;

/** Codes Slack uses are short snake_case words; anything else is a non-JSON body the SDK passed on. */
const PLAUSIBLE_CODE = /^[a-z0-9_.]{1,64}$/i;

const TIMEOUT_CODES = new Set(["UND_ERR_CONNECT_TIMEOUT", "UND_ERR_HEADERS_TIMEOUT", "UND_ERR_BODY_TIMEOUT", "ETIMEDOUT"]);

type Loose = { code?: unknown; name?: unknown; message?: unknown; cause?: unknown; [key: string]: unknown };

function asLoose(value: unknown): Loose | undefined {
  return typeof value === "object" && value !== null ? (value as Loose) : undefined;
}

function str(value: unknown): string | undefined {
  return typeof value === "string" && value !== "" ? value : undefined;
}

/** A fetch/transport failure: a timeout if anything in the cause chain says so, else a network fault. */
function classifyTransport(error: unknown): ClassifiedSlackError {
  let current = asLoose(error);
  let code: string | undefined;
  for (let depth = 0; current && depth < 5; depth++) {
    const name = str(current.name);
    const c = str(current.code);
    if (name === "TimeoutError" || name === "AbortError" || (c && TIMEOUT_CODES.has(c))) return { kind: "timeout" };
    if (c && !code && /^[A-Z_]+$/.test(c)) code = c;
    // fetch refuses some ports outright (e.g. 1, 25) with a code-less "bad port" error.
    if (!code && current.message === "bad port") code = "BAD_PORT";
    current = asLoose(current.cause);
  }
  return code ? { kind: "network", code } : { kind: "network" };
}

function fromPlatform(data: Loose | undefined): ClassifiedSlackError {
  const raw = str(data?.error);
  const code = raw && PLAUSIBLE_CODE.test(raw) ? raw : "unexpected_response";
  const meta = asLoose(data?.response_metadata);
  const retryAfter = typeof meta?.retryAfter === "number" ? meta.retryAfter : undefined;
  if (code === "ratelimited") return { kind: "rate_limited", code, retryAfter };
  const out: ClassifiedSlackError = { kind: "platform", code };
  const needed = str(data?.needed);
  const provided = typeof data?.provided === "string" ? data.provided : undefined;
  if (needed) out.needed = needed;
  if (provided !== undefined) out.provided = provided;
  return out;
}

function fromHttp(status: number, headers: Loose | undefined, body: unknown): ClassifiedSlackError {
  if (status === 429) {
    const retryAfter = parseRetryAfter(str(headers?.["retry-after"]) ?? null);
    return { kind: "rate_limited", status, ...(retryAfter === undefined ? {} : { retryAfter }) };
  }
  const code = str(asLoose(body)?.error);
  return code && PLAUSIBLE_CODE.test(code) ? { kind: "http", status, code } : { kind: "http", status };
}

function fromScim(error: SlackScimError): ClassifiedSlackError {
  const { status, detail, retryAfter } = error;
  if (status === 429 || detail === "too_many_requests") return { kind: "rate_limited", status, code: detail, retryAfter };
  const code = detail && PLAUSIBLE_CODE.test(detail) ? detail : undefined;
  // 5xx is a server fault whatever the body says; a 4xx without a SCIM code is not Slack talking.
  if (status >= 500 || !code) return code ? { kind: "http", status, code } : { kind: "http", status };
  return { kind: "platform", status, code };
}

/** Sorts any error from WebClient or the SCIM client into one of five kinds. */
export function classifySlackError(error: unknown): ClassifiedSlackError {
  if (error instanceof SlackScimError) return fromScim(error);
  if (error instanceof SlackScimRequestError) return error.reason === "timeout" ? { kind: "timeout" } : { kind: "network", ...(error.code ? { code: error.code } : {}) };

  const e = asLoose(error);
  switch (e?.code) {
    case SDK.platform:
      return fromPlatform(asLoose(e.data));
    case SDK.rateLimited:
      return { kind: "rate_limited", ...(typeof e.retryAfter === "number" ? { retryAfter: e.retryAfter } : {}) };
    case SDK.http:
      return fromHttp(typeof e.statusCode === "number" ? e.statusCode : 0, asLoose(e.headers), e.body);
    case SDK.request:
      return classifyTransport(e.original ?? e.cause);
  }
  // The SDK rejects a 429 that lacks a usable Retry-After with a plain Error.
  if (typeof e?.message === "string" && /rate limit/i.test(e.message)) return { kind: "rate_limited" };
  return classifyTransport(error);
}

/** A message and remedy a person can act on, with any token scrubbed out. */
export function describeSlackError(error: ClassifiedSlackError, ctx: DescribeContext = {}): ErrorExplanation {
  return describeClassified(error, ctx);
}

/** Shorthand: classify, then describe. */
export function explainSlackError(error: unknown, ctx: DescribeContext = {}): ErrorExplanation & { error: ClassifiedSlackError } {
  const classified = classifySlackError(error);
  return { ...describeClassified(classified, ctx), error: classified };
}

export { isUnreachable };
