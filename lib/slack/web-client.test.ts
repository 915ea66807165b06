import { describe, expect, it, vi } from "vitest";
import { callWithScopes, createSlackClient } from "./web-client";

const TOKEN = "xoxp-1111111111-2222222222-3333333333-abcdefabcdefabcdefabcdefabcdef12";

function replying(status: number, body: unknown, headers: Record<string, string> = {}) {
  const calls: Array<{ url: string; init?: RequestInit }> = [];
  const fn: typeof fetch = async (input, init) => {
    calls.push({ url: String(input), init });
    return new Response(JSON.stringify(body), { status, headers: { "Content-Type": "application/json", ...headers } });
  };
  return { fn, calls };
}

describe("createSlackClient / callWithScopes", () => {
  it("posts to the configured base URL and returns X-OAuth-Scopes", async () => {
    const { fn, calls } = replying(200, { ok: true, team_id: "T1" }, { "X-OAuth-Scopes": "admin, users:read" });
    const client = createSlackClient(TOKEN, "http://sim.local/api/", { timeoutMs: 1000, fetch: fn });
    const result = await callWithScopes(client, "auth.test");
    expect(result.scopes).toEqual(["admin", "users:read"]);
    expect(result.scopesReported).toBe(true);
    expect(result.data).toMatchObject({ team_id: "T1" });
    expect(calls[0].url).toBe("http://sim.local/api/auth.test");
    expect((calls[0].init?.headers as Record<string, string>).Authorization).toBe(`Bearer ${TOKEN}`);
  });
  it("says when no scopes header came back", async () => {
    const { fn } = replying(200, { ok: true });
    const result = await callWithScopes(createSlackClient(TOKEN, "http://sim.local/api/", { timeoutMs: 1000, fetch: fn }), "auth.test");
    expect(result).toMatchObject({ scopes: [], scopesReported: false });
  });
  it("does not retry by default, rejects 429 at once and logs nothing", async () => {
    const spies = (["log", "info", "warn", "error", "debug"] as const).map((m) => vi.spyOn(console, m).mockImplementation(() => undefined));
    try {
      const failing = replying(503, { ok: false });
      await expect(createSlackClient(TOKEN, "http://sim.local/api/", { timeoutMs: 1000, fetch: failing.fn }).apiCall("users.list")).rejects.toMatchObject({ statusCode: 503 });
      expect(failing.calls).toHaveLength(1);

      const limited = replying(429, { ok: false, error: "ratelimited" }, { "Retry-After": "30" });
      const started = Date.now();
      await expect(createSlackClient(TOKEN, "http://sim.local/api/", { timeoutMs: 1000, fetch: limited.fn }).apiCall("users.list")).rejects.toMatchObject({ retryAfter: 30 });
      expect(Date.now() - started).toBeLessThan(1000);
      for (const spy of spies) expect(spy).not.toHaveBeenCalled();
    } finally {
      for (const spy of spies) spy.mockRestore();
    }
  });
  it("never lets a method name send the token elsewhere", async () => {
    const { fn, calls } = replying(200, { ok: true });
    await createSlackClient(TOKEN, "http://sim.local/api/", { timeoutMs: 1000, fetch: fn }).apiCall("https://evil.example/steal");
    expect(calls[0].url.startsWith("http://sim.local/api/")).toBe(true);
  });
});
