import type { Db } from "@/db/client";
import type { RunPayload } from "./runs";

/**
 * What every job handler receives. Handlers are plain functions of this context, so tests can run
 * them directly without pg-boss.
 */
export interface JobContext {
  db: Db;
  runId: string;
  data: RunPayload;
  /** Writes live progress for the UI (pages done, items, estimated time left, waits…). */
  progress(p: Record<string, unknown>): Promise<void>;
  /** True once a person cancelled the run; handlers check it between pages and stop cleanly. */
  isCancelled(): Promise<boolean>;
}

export type JobOutcome =
  | { state: "succeeded"; counts: Record<string, number> }
  /** Stopped for a person, e.g. removals above the delete threshold await confirmation. */
  | { state: "waiting"; counts: Record<string, number>; message: string }
  | { state: "cancelled"; counts: Record<string, number> };

export type JobHandler = (ctx: JobContext) => Promise<JobOutcome>;

/** Thrown by a handler for a failure a person should read; the run fails with this message. */
export class JobFailure extends Error {
  constructor(
    message: string,
    readonly counts: Record<string, number> = {},
    /** False for failures a retry cannot fix (bad token, missing scope…). */
    readonly retryable = true,
  ) {
    super(message);
  }
}
