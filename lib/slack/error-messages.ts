import type { ClassifiedSlackError } from "./errors";
import { scrubTokens } from "./redact";

/** Person-readable wording for classified Slack errors. Every text passes through scrubTokens. */

export interface ErrorExplanation {
  message: string;
  remedy: string;
}

export interface DescribeContext {
  /** The Web API method or SCIM path that failed, e.g. `team.accessLogs`. */
  method?: string;
  /** Which API answered; some codes only make sense for one. */
  api?: "web" | "scim";
  /** Exact strings to scrub as well (the token in use). */
  secrets?: readonly string[];
}

const REINSTALL = "then reinstall the app to the workspace (Settings → Install App) and paste the new User OAuth Token here";
const COPY_AGAIN = "Copy the User OAuth Token (xoxp-) again from your Slack app's Settings → Install App page and paste it here.";
const TRY_LATER = "Check the API base URL and Slack's status page (https://slack-status.com), then try again in a few minutes.";
const CHECK_URL = "Check the API base URL: it is normally https://slack.com/api/ (or https://slack-gov.com/api/ for GovSlack).";

const UNREACHABLE_CODES = new Set(["fatal_error", "internal_error", "service_unavailable", "request_timeout"]);

export function isUnreachable(error: ClassifiedSlackError): boolean {
  if (error.kind === "network" || error.kind === "timeout") return true;
  if (error.kind === "http" && (error.status ?? 0) >= 500) return true;
  return error.kind === "platform" && UNREACHABLE_CODES.has(error.code ?? "");
}

const NETWORK_REASONS: Readonly<Record<string, string>> = {
  ECONNREFUSED: "the connection was refused",
  BAD_PORT: "the API base URL uses a port that web requests may not use",
  ENOTFOUND: "the host name could not be found",
  EAI_AGAIN: "the host name could not be looked up",
  ECONNRESET: "the connection was dropped",
  EPIPE: "the connection was dropped",
  UND_ERR_SOCKET: "the connection was dropped",
  EHOSTUNREACH: "the host is unreachable",
  ENETUNREACH: "the network is unreachable",
  CERT_HAS_EXPIRED: "its TLS certificate has expired",
  DEPTH_ZERO_SELF_SIGNED_CERT: "its TLS certificate is not trusted",
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: "its TLS certificate is not trusted",
};

function unreachable(error: ClassifiedSlackError): ErrorExplanation {
  let why: string;
  if (error.kind === "timeout") why = "it did not answer in time";
  else if (error.kind === "network") why = (error.code && NETWORK_REASONS[error.code]) || "the network request failed";
  else if (error.status) why = `it answered HTTP ${error.status}, a temporary server-side problem`;
  else why = `it reported a temporary server-side problem (${error.code})`;
  return { message: `Slack could not be reached: ${why}.`, remedy: TRY_LATER };
}

function scopeList(needed: string | undefined): string {
  const scopes = (needed ?? "").split(",").map((s) => s.trim()).filter(Boolean);
  if (scopes.length === 0) return "a scope this call needs";
  return scopes.length === 1 ? `the "${scopes[0]}" scope` : `one of the scopes ${scopes.map((s) => `"${s}"`).join(", ")}`;
}

/** Wording for a token that lacks scopes; shared with the Scopes check. */
export function missingScopeExplanation(needed: string | undefined, what?: string): ErrorExplanation {
  const list = scopeList(needed);
  return {
    message: `The token lacks ${list}${what ? `, which ${what} needs` : ""}.`,
    remedy: `In your Slack app, add ${list} under OAuth & Permissions → User Token Scopes, ${REINSTALL}.`,
  };
}

type Wording = (e: ClassifiedSlackError, ctx: DescribeContext) => ErrorExplanation;

const BY_CODE: Readonly<Record<string, Wording>> = {
  not_authed: () => ({ message: "Slack received no token.", remedy: COPY_AGAIN }),
  invalid_auth: () => ({
    message: "Slack does not recognise this token: it is mistyped, belongs to nothing, or the request came from an IP address the workspace does not allow.",
    remedy: `${COPY_AGAIN} If the workspace restricts API access by IP address, allow this server's address.`,
  }),
  token_revoked: () => ({
    message: "The token has been revoked: the app was uninstalled from the workspace, or the installing user's authorisation was withdrawn.",
    remedy: `Reinstall the app to the workspace (Settings → Install App) and paste the new User OAuth Token here.`,
  }),
  account_inactive: () => ({
    message: "The token belongs to a Slack user who has been deactivated (or to a workspace that was deleted).",
    remedy: `Ask an active workspace admin or owner to reinstall the app and paste the User OAuth Token they get.`,
  }),
  token_expired: () => ({
    message: "The token has expired: the app uses token rotation, and this connector cannot refresh rotating tokens.",
    remedy: `Use a Slack app without token rotation (OAuth & Permissions → Advanced token security), ${REINSTALL}.`,
  }),
  missing_scope: (e, ctx) => missingScopeExplanation(e.needed, ctx.method),
  not_allowed_token_type: (_e, ctx) => ({
    message: `Slack refused this type of token${ctx.method ? ` for ${ctx.method}` : ""}: it needs a user token (xoxp-), not a bot token.`,
    remedy: "Use the User OAuth Token (xoxp-) from your Slack app's Settings → Install App page, not the Bot User OAuth Token.",
  }),
  paid_only: () => ({
    message: "The workspace plan has no access logs: Pro, Business+ or Enterprise is needed.",
    remedy: "Upgrade the Slack workspace to a paid plan; activity data cannot be collected from a Free workspace.",
  }),
  plus_teams_only: () => ({
    message: "Slack's SCIM API is not available on this workspace's plan: SCIM needs Business+ or Enterprise.",
    remedy: 'Switch API mode to "Web API" (it needs the users:read, users:read.email and usergroups:read user token scopes), or upgrade the plan.',
  }),
  non_org_teams_only: () => ({
    message: "This workspace belongs to an Enterprise organisation, where SCIM only works for apps installed on the whole organisation.",
    remedy: "Have an org owner install the app at the organisation level (Manage Organization → Installed Apps), then paste the new User OAuth Token.",
  }),
  invalid_authentication: () => ({
    message: "Slack's SCIM API did not accept the token: it must be a user token with the admin scope, installed by a workspace owner or admin.",
    remedy: `Add "admin" under OAuth & Permissions → User Token Scopes, have an owner or admin ${REINSTALL.replace(/^then /, "")}.`,
  }),
  missing_authentication: () => ({ message: "Slack's SCIM API received no token.", remedy: COPY_AGAIN }),
  permission_denied: () => ({
    message: "The installing user is not allowed to do this through SCIM.",
    remedy: "Have a workspace owner (rather than an admin) reinstall the app and paste the new User OAuth Token.",
  }),
  no_permission: () => ({
    message: "The token's user does not have permission for this call.",
    remedy: "Have a workspace admin or owner reinstall the app and paste the new User OAuth Token.",
  }),
  not_an_admin: () => ({
    message: "The token's user is not a workspace admin or owner.",
    remedy: "Have a workspace admin or owner reinstall the app and paste the new User OAuth Token.",
  }),
  team_access_not_granted: () => ({
    message: "The token has not been granted access to this workspace (this happens with organisation-level tokens).",
    remedy: "Add the app to this workspace (Manage Organization → Installed Apps → Add to more workspaces), then test again.",
  }),
  ratelimited: (e) => rateLimited(e),
  too_many_requests: (e) => rateLimited(e),
  unknown_method: (_e, ctx) => ({ message: `The API base URL does not offer the Slack method ${ctx.method ?? "that was called"}.`, remedy: CHECK_URL }),
  unexpected_response: () => ({ message: "The API base URL answered with something that is not Slack's Web API.", remedy: CHECK_URL }),
};

/** The codes Slack's SCIM API answers when it cannot use a filter. */
export const SCIM_FILTER_ERROR_CODES: ReadonlySet<string> = new Set(["invalid_query", "incomplete_filter", "invalid_filter_group", "no_filters", "query_building_failed"]);

for (const code of SCIM_FILTER_ERROR_CODES) {
  (BY_CODE as Record<string, Wording>)[code] = () => ({
    message: `Slack rejected the account filter (${code}).`,
    remedy: 'Fix "Filter Condition for Accounts": it uses SCIM filter syntax, e.g. userName eq "jdoe" or email co "@example.com".',
  });
}

function rateLimited(e: ClassifiedSlackError): ErrorExplanation {
  const seconds = e.retryAfter === undefined ? undefined : Math.max(1, Math.ceil(e.retryAfter));
  const wait = seconds === undefined ? "in a minute" : `in ${seconds} second${seconds === 1 ? "" : "s"}`;
  return {
    message: "Slack is rate limiting these calls right now (other tools using this workspace's API may share the limit).",
    remedy: `Try again ${wait}.`,
  };
}

function describeRaw(error: ClassifiedSlackError, ctx: DescribeContext): ErrorExplanation {
  if (error.kind === "rate_limited") return rateLimited(error);
  if (isUnreachable(error)) return unreachable(error);
  const wording = error.code ? BY_CODE[error.code] : undefined;
  if (wording) return wording(error, ctx);
  if (error.kind === "http") {
    const api = ctx.api === "scim" ? "Slack's SCIM API" : "The API base URL";
    return { message: `${api} answered HTTP ${error.status ?? "with an error"}${error.code ? ` (${error.code})` : ""}, which Slack does not normally do.`, remedy: CHECK_URL };
  }
  return {
    message: `Slack answered with the error "${error.code ?? "unknown"}"${ctx.method ? ` for ${ctx.method}` : ""}.`,
    remedy: "Look up this error code in Slack's API documentation, fix the cause, then test again.",
  };
}

export function describeClassified(error: ClassifiedSlackError, ctx: DescribeContext = {}): ErrorExplanation {
  const raw = describeRaw(error, ctx);
  const secrets = ctx.secrets ?? [];
  return { message: scrubTokens(raw.message, secrets), remedy: scrubTokens(raw.remedy, secrets) };
}
