import { LogLevel, WebClient, type WebClientOptions } from "@slack/web-api";
import { startSimulator, type RunningSimulator, type StartSimulatorOptions } from "../index";

/** 2026-01-15T12:00:00Z: a fixed clock so every run sees the same workspace. */
export const TEST_CLOCK = Date.UTC(2026, 0, 15, 12) / 1000;

export function startTestSimulator(opts: StartSimulatorOptions = {}): Promise<RunningSimulator> {
  return startSimulator({ seed: 42, users: 60, plan: "business_plus", clock: TEST_CLOCK, control: true, ...opts });
}

/** A WebClient pointed at the simulator, without retries or logging noise. */
export function slackClient(sim: RunningSimulator, token: string, options: WebClientOptions = {}): WebClient {
  return new WebClient(token, { slackApiUrl: sim.apiUrl, retryConfig: { retries: 0 }, logLevel: LogLevel.ERROR, ...options });
}

export async function scimFetch(sim: RunningSimulator, path: string, token: string | null, init: RequestInit = {}): Promise<Response> {
  const headers = new Headers(init.headers);
  if (token) headers.set("Authorization", `Bearer ${token}`);
  if (init.body) headers.set("Content-Type", "application/json");
  return fetch(sim.scimUrl + path.replace(/^\//, ""), { ...init, headers });
}

/** Raw Web API call (for asserting exact bytes and headers the SDK would hide). */
export async function rawCall(sim: RunningSimulator, method: string, params: Record<string, string>, token?: string): Promise<Response> {
  return fetch(sim.apiUrl + method, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded", ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    body: new URLSearchParams(params).toString(),
  });
}
