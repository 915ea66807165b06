import type { z } from "zod";

export type ConnectorId = "slack" | "activity-insights-slack";

export type CheckStatus = "passed" | "failed" | "warning" | "skipped";

/** One line of a Test Connection report, as shown on Review and Test. */
export interface CheckResult {
  id: string;
  label: string;
  status: CheckStatus;
  message: string;
  /** What a person can do about a failure or warning. */
  remedy?: string;
}

export interface TestConnectionReport {
  /** True only when no check failed (warnings allowed). */
  ok: boolean;
  checks: CheckResult[];
  /** From auth.test, when it succeeded. */
  workspace?: { teamId: string; teamName: string; user: string; userId: string; url?: string };
  startedAt: string;
  finishedAt: string;
}

/** What a test may look up in our own database, injected so connectors stay framework-free. */
export interface TestConnectionEnv {
  /** Slack sources (other than this one) with the workspace they were last tested against. */
  slackSources(): Promise<Array<{ id: string; name: string; status: string; teamId: string | null }>>;
  /** Per-call timeout; no check may take longer than 15 s in total. */
  timeoutMs?: number;
  /** For tests: a fetch that goes elsewhere. */
  fetch?: typeof fetch;
}

export interface ConnectorManifest<C extends z.ZodType = z.ZodType> {
  id: ConnectorId;
  name: string;
  description: string;
  /** Non-secret configuration, stored as jsonb. */
  configSchema: C;
  defaultConfig: z.output<C>;
  /** The one secret every Slack connector needs. */
  secretLabel: string;
  test(config: z.output<C>, token: string, env: TestConnectionEnv): Promise<TestConnectionReport>;
}
