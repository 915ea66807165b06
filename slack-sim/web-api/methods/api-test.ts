import type { ApiTestResponse } from "@slack/web-api";

/**
 * api.test: needs no token; echoes its arguments, and fails with the `error` argument when one is
 * given. Health checks (e.g. Playwright's webServer probe) use it.
 */
export function apiTest(params: Record<string, string>): ApiTestResponse {
  const args = Object.fromEntries(Object.entries(params).filter(([k]) => k !== "token")) as ApiTestResponse["args"];
  if (params.error) return { ok: false, error: params.error, args };
  return { ok: true, args };
}
