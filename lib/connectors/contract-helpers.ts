import { expect } from "vitest";
import { SimControlClient, startSimulator, type RunningSimulator } from "@/slack-sim/index";
import type { CheckResult, TestConnectionEnv, TestConnectionReport } from "./types";

/** Shared set-up for the Test Connection contract tests against the in-process simulator. */

export const LINKED_ID = "6f1c2a8e-4b7d-4c1e-9a3f-2d5e8b0c7a14";

export interface Sim {
  sim: RunningSimulator;
  control: SimControlClient;
}

export async function startSim(plan: "pro" | "business_plus"): Promise<Sim> {
  // 30 users keeps generation and every call fast.
  const sim = await startSimulator({ port: 0, seed: 7, plan, users: 30, historyDays: 14, control: true });
  return { sim, control: new SimControlClient(sim.url) };
}

/** A fetch that counts calls, so tests can prove that nothing went over the network. */
export function countingFetch(): { fetch: typeof fetch; count(): number } {
  let n = 0;
  return {
    fetch: (input, init) => {
      n++;
      return globalThis.fetch(input, init);
    },
    count: () => n,
  };
}

export function envWith(sources: Awaited<ReturnType<TestConnectionEnv["slackSources"]>> = [], extra: Partial<TestConnectionEnv> = {}): TestConnectionEnv {
  return { slackSources: async () => sources, timeoutMs: 5_000, ...extra };
}

export function check(report: TestConnectionReport, id: string): CheckResult {
  const found = report.checks.find((c) => c.id === id);
  if (!found) throw new Error(`no check ${id} in ${report.checks.map((c) => c.id).join(", ")}`);
  return found;
}

/** Every report: no token anywhere, failures and warnings carry a remedy, skips say why. */
export function expectWellFormed(report: TestConnectionReport, tokens: readonly string[]): void {
  const text = JSON.stringify(report);
  for (const token of tokens) expect(text).not.toContain(token);
  expect(text).not.toMatch(/xox[abposre]-[A-Za-z0-9]/);
  for (const c of report.checks) {
    if (c.status === "failed" || c.status === "warning") expect(c.remedy, c.id).toBeTruthy();
    if (c.status === "skipped") expect(c.message, c.id).toMatch(/Not run/);
  }
  expect(report.ok).toBe(!report.checks.some((c) => c.status === "failed"));
}

/** The checks after the first failure: all skipped, saying which one failed. */
export function expectSkippedAfter(report: TestConnectionReport, failedId: string): void {
  const index = report.checks.findIndex((c) => c.id === failedId);
  expect(report.checks[index].status).toBe("failed");
  for (const c of report.checks.slice(index + 1)) {
    expect(c.status, c.id).toBe("skipped");
  }
}
