import { scrubTokens } from "./redact";
import { joinUrl } from "./urls";

/** A small client for Slack's SCIM v2 API; the Web API SDK does not cover SCIM. */

export interface ScimRequestOptions {
  /** Per-request timeout in ms, covering the response body too. */
  timeoutMs: number;
  fetch?: typeof fetch;
  method?: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  /** Sent as JSON. */
  body?: unknown;
  /** An outer cancellation (e.g. the Test Connection budget), combined with the timeout. */
  signal?: AbortSignal;
}

export interface ScimResponse<T = unknown> {
  status: number;
  /** Parsed JSON, or null for an empty body (204). */
  body: T;
  headers: Record<string, string>;
}

/** Slack answered with a non-2xx status; `detail` is Slack's SCIM error code, e.g. `plus_teams_only`. */
export class SlackScimError extends Error {
  readonly status: number;
  readonly detail?: string;
  /** Seconds, from Retry-After on 429. */
  readonly retryAfter?: number;

  constructor(status: number, detail: string | undefined, retryAfter?: number) {
    super(scrubTokens(`Slack SCIM answered HTTP ${status}${detail ? `: ${detail}` : ""}`));
    this.name = "SlackScimError";
    this.status = status;
    this.detail = detail === undefined ? undefined : scrubTokens(detail);
    this.retryAfter = retryAfter;
  }
}

/** No answer: the connection failed, or the request ran out of time. */
export class SlackScimRequestError extends Error {
  readonly reason: "network" | "timeout";
  /** e.g. ECONNREFUSED, ENOTFOUND. */
  readonly code?: string;

  constructor(reason: "network" | "timeout", code?: string) {
    super(reason === "timeout" ? "Slack SCIM did not answer in time" : `Slack SCIM could not be reached${code ? ` (${code})` : ""}`);
    this.name = "SlackScimRequestError";
    this.reason = reason;
    this.code = code;
  }
}

/** Retry-After is either whole seconds or an HTTP date. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (value === null || value.trim() === "") return undefined;
  if (/^\d+$/.test(value.trim())) return Number.parseInt(value, 10);
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, Math.ceil((at - now) / 1000));
}

/** v2 bodies carry `detail`; v1 bodies carry `Errors.description`. */
function errorDetail(body: unknown): string | undefined {
  if (typeof body !== "object" || body === null) return undefined;
  const b = body as { detail?: unknown; Errors?: { description?: unknown } };
  if (typeof b.detail === "string") return b.detail;
  if (typeof b.Errors?.description === "string") return b.Errors.description;
  return undefined;
}

function parseBody(text: string): unknown {
  if (text.trim() === "") return null;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function networkCode(error: unknown): string | undefined {
  const cause = (error as { cause?: { code?: unknown } } | null)?.cause;
  return typeof cause?.code === "string" ? cause.code : undefined;
}

export async function scimRequest<T = unknown>(baseUrl: string, token: string, path: string, opts: ScimRequestOptions): Promise<ScimResponse<T>> {
  const timeout = AbortSignal.timeout(Math.max(1, Math.floor(opts.timeoutMs)));
  const signal = opts.signal ? AbortSignal.any([timeout, opts.signal]) : timeout;
  const doFetch = opts.fetch ?? globalThis.fetch;
  const headers: Record<string, string> = { Authorization: `Bearer ${token}`, Accept: "application/scim+json, application/json" };
  if (opts.body !== undefined) headers["Content-Type"] = "application/scim+json";

  let status: number;
  let text: string;
  let responseHeaders: Headers;
  try {
    // redirect "error": a redirect must never carry the bearer token to another host.
    const res = await doFetch(joinUrl(baseUrl, path), {
      method: opts.method ?? "GET",
      headers,
      body: opts.body === undefined ? undefined : JSON.stringify(opts.body),
      redirect: "error",
      signal,
    });
    status = res.status;
    responseHeaders = res.headers;
    text = await res.text();
  } catch (error) {
    // Never rethrow the raw error: its message or cause could include request details.
    if (signal.aborted) throw new SlackScimRequestError("timeout");
    throw new SlackScimRequestError("network", networkCode(error));
  }

  const body = parseBody(text);
  if (status < 200 || status > 299) {
    const retryAfter = status === 429 ? parseRetryAfter(responseHeaders.get("retry-after")) : undefined;
    throw new SlackScimError(status, errorDetail(body), retryAfter);
  }
  return { status, body: body as T, headers: Object.fromEntries(responseHeaders.entries()) };
}
