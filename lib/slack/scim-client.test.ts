import { describe, expect, it } from "vitest";
import { parseRetryAfter, scimRequest, SlackScimError, SlackScimRequestError } from "./scim-client";

const TOKEN = "xoxp-1111111111-2222222222-3333333333-abcdefabcdefabcdefabcdefabcdef12";

function fakeFetch(status: number, body: string, headers: Record<string, string> = {}, seen: { url?: string; init?: RequestInit } = {}): typeof fetch {
  return async (input, init) => {
    seen.url = String(input);
    seen.init = init;
    return new Response(status === 204 ? null : body, { status, headers: { "Content-Type": "application/json", ...headers } });
  };
}

async function rejection(p: Promise<unknown>): Promise<Error> {
  try {
    await p;
  } catch (error) {
    return error as Error;
  }
  throw new Error("expected a rejection");
}

describe("scimRequest", () => {
  it("sends the bearer token and parses the body", async () => {
    const seen: { url?: string; init?: RequestInit } = {};
    const res = await scimRequest("http://sim/scim/v2/", TOKEN, "/Users?count=1", {
      timeoutMs: 1000,
      fetch: fakeFetch(200, '{"totalResults":3}', { "X-Test": "1" }, seen),
    });
    expect(res).toMatchObject({ status: 200, body: { totalResults: 3 } });
    expect(res.headers["x-test"]).toBe("1");
    expect(seen.url).toBe("http://sim/scim/v2/Users?count=1");
    expect((seen.init?.headers as Record<string, string>).Authorization).toBe(`Bearer ${TOKEN}`);
    expect(seen.init?.redirect).toBe("error");
  });
  it("returns null for 204", async () => {
    expect((await scimRequest("http://sim/scim/v2/", TOKEN, "Users/U1", { timeoutMs: 1000, method: "DELETE", fetch: fakeFetch(204, "") })).body).toBeNull();
  });
  it("throws Slack's SCIM detail and status", async () => {
    const body = JSON.stringify({ schemas: ["urn:ietf:params:scim:api:messages:2.0:Error"], detail: "plus_teams_only", status: 403 });
    const error = await rejection(scimRequest("http://sim/scim/v2/", TOKEN, "Users", { timeoutMs: 1000, fetch: fakeFetch(403, body) }));
    expect(error).toBeInstanceOf(SlackScimError);
    expect(error).toMatchObject({ status: 403, detail: "plus_teams_only" });
  });
  it("reads v1 error bodies and Retry-After on 429", async () => {
    const body = JSON.stringify({ Errors: { description: "too_many_requests", code: 429 } });
    const error = await rejection(scimRequest("http://sim/scim/v2/", TOKEN, "Users", { timeoutMs: 1000, fetch: fakeFetch(429, body, { "Retry-After": "9" }) }));
    expect(error).toMatchObject({ status: 429, detail: "too_many_requests", retryAfter: 9 });
  });
  it("reports timeouts and network faults without the token or request details", async () => {
    const hang: typeof fetch = (_input, init) =>
      new Promise((_resolve, reject) => init?.signal?.addEventListener("abort", () => reject(init.signal?.reason)));
    const timeout = await rejection(scimRequest("http://sim/scim/v2/", TOKEN, "Users", { timeoutMs: 20, fetch: hang }));
    expect(timeout).toBeInstanceOf(SlackScimRequestError);
    expect(timeout).toMatchObject({ reason: "timeout" });

    const refused: typeof fetch = async () => {
      throw new TypeError(`fetch failed ${TOKEN}`, { cause: Object.assign(new Error("connect ECONNREFUSED"), { code: "ECONNREFUSED" }) });
    };
    const network = await rejection(scimRequest("http://sim/scim/v2/", TOKEN, "Users", { timeoutMs: 1000, fetch: refused }));
    expect(network).toMatchObject({ reason: "network", code: "ECONNREFUSED" });
    expect(network.message).not.toContain(TOKEN);
    expect(network.cause).toBeUndefined();
  });
});

describe("parseRetryAfter", () => {
  it("reads seconds and HTTP dates", () => {
    expect(parseRetryAfter("5")).toBe(5);
    expect(parseRetryAfter(new Date(61_000).toUTCString(), 1_000)).toBe(60);
    expect(parseRetryAfter(null)).toBeUndefined();
    expect(parseRetryAfter("soon")).toBeUndefined();
  });
});
