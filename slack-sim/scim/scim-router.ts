import type { Caller } from "../auth/resolve-token";
import type { RateTier } from "../http/rate-limiter";
import { jsonReply, type Reply } from "../http/respond";
import type { Simulator } from "../simulator";
import { scimError } from "./scim-errors";
import { getGroup, listGroups } from "./scim-groups";
import { SCIM } from "./scim-schemas";
import { deleteUser, getUser, listUsers, updateUser } from "./scim-users";

export interface ScimRequest {
  httpMethod: string;
  /** Path after `/scim/v2`, e.g. `/Users/U123`. */
  path: string;
  query: URLSearchParams;
  body: string;
  token: string | undefined;
}

interface Route {
  /** Request-count key, e.g. `SCIM GET /Users/{id}`. */
  key: string;
  /** Slack limits SCIM by a read/write set and, for some endpoints, per endpoint too. */
  tiers: RateTier[];
  handle(sim: Simulator, caller: Caller, req: ScimRequest, id: string): Reply;
}

const SERVICE_PROVIDER_CONFIG = {
  schemas: [SCIM.serviceProviderConfig],
  documentationUri: "https://docs.slack.dev/reference/scim-api",
  patch: { supported: true },
  bulk: { supported: false, maxOperations: 0, maxPayloadSize: 0 },
  filter: { supported: true, maxResults: 1000 },
  changePassword: { supported: false },
  sort: { supported: false },
  etag: { supported: false },
  authenticationSchemes: [
    { type: "oauthbearertoken", name: "OAuth Bearer Token", description: "Authentication scheme using the OAuth Bearer Token Standard", specUri: "http://www.rfc-editor.org/info/rfc6750", primary: true },
  ],
};

const ROUTES: Record<string, Record<string, Route>> = {
  "/ServiceProviderConfig": {
    GET: { key: "SCIM GET /ServiceProviderConfig", tiers: ["scim_reads"], handle: () => jsonReply(200, SERVICE_PROVIDER_CONFIG) },
  },
  "/Users": {
    GET: { key: "SCIM GET /Users", tiers: ["scim_reads"], handle: (_s, c, r) => listUsers(c, r.query) },
  },
  "/Users/{id}": {
    GET: { key: "SCIM GET /Users/{id}", tiers: ["scim_reads", "scim_user_read"], handle: (_s, c, _r, id) => getUser(c, id) },
    PATCH: { key: "SCIM PATCH /Users/{id}", tiers: ["scim_writes", "scim_user_write"], handle: (s, c, r, id) => updateUser(s, c, id, r.body, false) },
    PUT: { key: "SCIM PUT /Users/{id}", tiers: ["scim_writes", "scim_user_write"], handle: (s, c, r, id) => updateUser(s, c, id, r.body, true) },
    DELETE: { key: "SCIM DELETE /Users/{id}", tiers: ["scim_writes", "scim_user_write"], handle: (s, c, _r, id) => deleteUser(s, c, id) },
  },
  "/Groups": {
    GET: { key: "SCIM GET /Groups", tiers: ["scim_reads"], handle: (_s, c, r) => listGroups(c, r.query) },
  },
  "/Groups/{id}": {
    GET: { key: "SCIM GET /Groups/{id}", tiers: ["scim_reads", "scim_group_read"], handle: (_s, c, _r, id) => getGroup(c, id) },
  },
};

/** Finds the route template and id for a path (`/Users/U1` → `/Users/{id}`, `U1`). */
export function matchScimPath(path: string): { template: string; id: string } | null {
  const clean = path.replace(/\/+$/, "") || "/";
  if (clean === "/ServiceProviderConfig" || clean === "/ServiceProviderConfigs") return { template: "/ServiceProviderConfig", id: "" };
  const m = /^\/(Users|Groups)(?:\/([^/]+))?$/.exec(clean);
  if (!m) return null;
  return m[2] ? { template: `/${m[1]}/{id}`, id: decodeURIComponent(m[2]) } : { template: `/${m[1]}`, id: "" };
}

export function scimRequestKey(httpMethod: string, path: string): string {
  const match = matchScimPath(path);
  return `SCIM ${httpMethod} ${match ? match.template : path}`;
}

function authenticateScim(sim: Simulator, token: string | undefined): { caller: Caller } | { reply: Reply } {
  if (!token) return { reply: scimError("missing_authentication") };
  const auth = sim.authenticate(token);
  // Slack answers every token problem, including a missing `admin` scope or a bot token, the same way.
  if (!auth.ok || auth.caller.spec.type !== "user" || !auth.caller.spec.scopes.includes("admin")) {
    return { reply: scimError("invalid_authentication") };
  }
  const plan = auth.caller.workspace.team.plan;
  if (plan === "free" || plan === "pro") return { reply: scimError("plus_teams_only") };
  return { caller: auth.caller };
}

/** Routes one SCIM v2 request: endpoint, method, auth, plan, rate limits, then the handler. */
export function dispatchScim(sim: Simulator, req: ScimRequest): Reply {
  const match = matchScimPath(req.path);
  if (!match) return scimError("bad_endpoint");
  const route = ROUTES[match.template][req.httpMethod];
  if (!route) return scimError("method_not_allowed");
  const auth = authenticateScim(sim, req.token);
  if ("reply" in auth) return auth.reply;
  const teamKey = auth.caller.workspace.team.id;
  let retryAfter = 0;
  for (const tier of route.tiers) {
    const decision = sim.rateLimiter.take(`${teamKey}:scim`, tier);
    if (decision.limited) retryAfter = Math.max(retryAfter, decision.retryAfter);
  }
  if (retryAfter > 0) return scimError("too_many_requests", { "Retry-After": String(retryAfter) });
  return route.handle(sim, auth.caller, req, match.id);
}
