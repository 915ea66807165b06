import { WebAPIHTTPError, WebAPIPlatformError, WebAPIRateLimitedError, WebAPIRequestError } from "@slack/web-api";
import { describe, expect, it } from "vitest";
import { classifySlackError, describeSlackError, explainSlackError, isUnreachable } from "./errors";
import { SlackScimError, SlackScimRequestError } from "./scim-client";

const TOKEN = "xoxp-2208846101-2208846102-7811120000001-1a6f0d3c5b8e4a92c7d1e3f5a7b9c0d2";
const platform = (body: Record<string, unknown>) => new WebAPIPlatformError({ ok: false, error: "x", ...body } as never);
const refused = () => new TypeError("fetch failed", { cause: Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:1"), { code: "ECONNREFUSED" }) });

describe("classifySlackError", () => {
  it("reads platform errors, including missing_scope details", () => {
    expect(classifySlackError(platform({ error: "invalid_auth" }))).toEqual({ kind: "platform", code: "invalid_auth" });
    expect(classifySlackError(platform({ error: "missing_scope", needed: "admin", provided: "users:read" }))).toEqual({
      kind: "platform", code: "missing_scope", needed: "admin", provided: "users:read",
    });
  });
  it("treats a non-JSON body the SDK passed on as an unexpected response", () => {
    expect(classifySlackError(platform({ error: "<html><body>Not here</body></html>" }))).toEqual({ kind: "platform", code: "unexpected_response" });
  });
  it("reads rate limits from the SDK and from HTTP 429", () => {
    expect(classifySlackError(new WebAPIRateLimitedError(7))).toEqual({ kind: "rate_limited", retryAfter: 7 });
    expect(classifySlackError(new WebAPIHTTPError(429, "Too Many", { "retry-after": "3" }, ""))).toMatchObject({ kind: "rate_limited", retryAfter: 3 });
    expect(classifySlackError(new Error("Retry header did not contain a valid timeout (url: x, retry-after header: null) rate limit"))).toEqual({ kind: "rate_limited" });
  });
  it("reads HTTP errors", () => {
    expect(classifySlackError(new WebAPIHTTPError(503, "Unavailable", {}, '{"ok":false,"error":"service_unavailable"}'))).toEqual({
      kind: "http", status: 503, code: "service_unavailable",
    });
    expect(classifySlackError(new WebAPIHTTPError(404, "Not Found", {}, "Not Found"))).toEqual({ kind: "http", status: 404 });
  });
  it("tells timeouts from other network faults", () => {
    expect(classifySlackError(new WebAPIRequestError(new DOMException("The operation was aborted due to timeout", "TimeoutError")))).toEqual({ kind: "timeout" });
    expect(classifySlackError(new WebAPIRequestError(refused()))).toEqual({ kind: "network", code: "ECONNREFUSED" });
    expect(classifySlackError(refused())).toEqual({ kind: "network", code: "ECONNREFUSED" });
    expect(classifySlackError(new WebAPIRequestError(new TypeError("fetch failed", { cause: new Error("bad port") })))).toEqual({ kind: "network", code: "BAD_PORT" });
  });
  it("reads SCIM errors", () => {
    expect(classifySlackError(new SlackScimError(403, "plus_teams_only"))).toEqual({ kind: "platform", status: 403, code: "plus_teams_only" });
    expect(classifySlackError(new SlackScimError(429, "too_many_requests", 12))).toMatchObject({ kind: "rate_limited", retryAfter: 12 });
    expect(classifySlackError(new SlackScimError(502, "internal_error"))).toEqual({ kind: "http", status: 502, code: "internal_error" });
    expect(classifySlackError(new SlackScimError(404, undefined))).toEqual({ kind: "http", status: 404 });
    expect(classifySlackError(new SlackScimRequestError("timeout"))).toEqual({ kind: "timeout" });
    expect(classifySlackError(new SlackScimRequestError("network", "ENOTFOUND"))).toEqual({ kind: "network", code: "ENOTFOUND" });
  });
});

describe("describeSlackError", () => {
  const describeCode = (code: string, extra: Record<string, unknown> = {}) => describeSlackError({ kind: "platform", code, ...extra });

  it("gives each token problem its own message", () => {
    const texts = ["invalid_auth", "not_authed", "token_revoked", "account_inactive", "token_expired"].map((c) => describeCode(c).message);
    expect(new Set(texts).size).toBe(5);
    expect(describeCode("token_revoked").message).toMatch(/revoked/);
    expect(describeCode("account_inactive").message).toMatch(/deactivated/);
    expect(describeCode("token_expired").message).toMatch(/expired/);
  });
  it("names the missing scope and where to add it", () => {
    const e = describeCode("missing_scope", { needed: "admin", provided: "users:read" });
    expect(e.message).toContain('"admin"');
    expect(e.remedy).toMatch(/OAuth & Permissions → User Token Scopes, then reinstall the app/);
  });
  it("explains plan limits", () => {
    expect(describeCode("paid_only").message).toMatch(/no access logs: Pro, Business\+ or Enterprise is needed/);
    const scim = describeSlackError({ kind: "platform", code: "plus_teams_only", status: 403 });
    expect(scim.message).toMatch(/Business\+ or Enterprise/);
    expect(scim.remedy).toMatch(/Web API/);
    expect(describeCode("not_allowed_token_type", {}).remedy).toMatch(/xoxp-/);
  });
  it("says Slack could not be reached for network faults, timeouts and 5xx", () => {
    for (const e of [{ kind: "network", code: "ECONNREFUSED" }, { kind: "timeout" }, { kind: "http", status: 503 }, { kind: "platform", code: "fatal_error" }] as const) {
      expect(isUnreachable(e)).toBe(true);
      const d = describeSlackError(e);
      expect(d.message).toMatch(/Slack could not be reached/);
      expect(d.remedy).toMatch(/try again in a few minutes/);
    }
  });
  it("gives the wait for rate limits", () => {
    expect(describeSlackError({ kind: "rate_limited", retryAfter: 30 }).remedy).toBe("Try again in 30 seconds.");
  });
  it("scrubs tokens that reach a message", () => {
    const leaked = platform({ error: `weird_${TOKEN}` });
    const d = explainSlackError(leaked, { secrets: [TOKEN] });
    expect(`${d.message} ${d.remedy}`).not.toContain(TOKEN);
    const fromCode = describeSlackError({ kind: "platform", code: `odd ${TOKEN}` }, { method: `m ${TOKEN}` });
    expect(`${fromCode.message} ${fromCode.remedy}`).not.toMatch(/xoxp-\d/);
    const scim = new SlackScimError(400, `bad token ${TOKEN}`);
    expect(scim.message).not.toContain(TOKEN);
  });
});
