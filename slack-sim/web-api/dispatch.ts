import type { Reply } from "../http/respond";
import { jsonReply } from "../http/respond";
import type { Simulator } from "../simulator";
import { fail, type ErrorResult } from "./errors";
import { WEB_API_METHODS } from "./method-table";
import { apiTest } from "./methods/api-test";
import { Params } from "./params";

/** The X-OAuth-Scopes value for a token: its scopes, or empty when the token is unknown or missing. */
export function grantedScopes(sim: Simulator, token: string | undefined): string {
  const auth = sim.authenticate(token);
  return auth.ok ? auth.caller.spec.scopes.join(",") : auth.spec ? auth.spec.scopes.join(",") : "";
}

export interface WebApiRequest {
  method: string;
  token: string | undefined;
  params: Record<string, string>;
}

/**
 * Answers one Web API call the way Slack does: HTTP 200 with `ok` (even for errors), 429 with an
 * integer Retry-After when rate limited, and X-OAuth-Scopes / X-Accepted-OAuth-Scopes on every reply.
 * Checks run in Slack's order: method, token, token type, scope, plan, rate limit.
 */
export function dispatchWebApi(sim: Simulator, req: WebApiRequest): Reply {
  const method = WEB_API_METHODS[req.method];
  const auth = sim.authenticate(req.token);
  const granted = grantedScopes(sim, req.token);
  const headers: Record<string, string> = { "X-OAuth-Scopes": granted };
  if (method) headers["X-Accepted-OAuth-Scopes"] = method.scopes.join(",");
  const answer = (body: object) => jsonReply(200, body, headers);

  if (req.method === "api.test") return answer(apiTest(req.params));
  if (!method) return answer(fail("unknown_method"));
  if (!auth.ok) return answer(fail(auth.error));
  const { caller } = auth;
  if (method.userTokenOnly && caller.spec.type === "bot") return answer(fail("not_allowed_token_type"));
  if (method.scopes.length > 0 && !method.scopes.some((s) => caller.spec.scopes.includes(s))) {
    const missing: ErrorResult = { ok: false, error: "missing_scope", needed: method.scopes.join(","), provided: granted };
    return answer(missing);
  }
  if (method.paidOnly && caller.workspace.team.plan === "free") return answer(fail("paid_only"));

  const decision = sim.rateLimiter.take(`${caller.workspace.team.id}:${caller.spec.type}:${req.method}`, method.tier);
  if (decision.limited) {
    return jsonReply(429, fail("ratelimited"), { ...headers, "Retry-After": String(decision.retryAfter) });
  }
  return answer(method.handle({ caller, params: new Params(req.params), clock: sim.clock }));
}
