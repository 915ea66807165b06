import { index, jsonb, pgEnum, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";

export const jobRunState = pgEnum("job_run_state", ["queued", "running", "waiting", "succeeded", "failed", "cancelled"]);

/**
 * Our record of a job for the UI; pg-boss keeps its own queue tables in the pgboss schema.
 * `waiting` = stopped for a person (e.g. removals above the delete threshold need confirmation).
 */
export const jobRuns = pgTable(
  "job_runs",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    kind: text("kind").notNull(),
    sourceId: uuid("source_id"),
    bossJobId: text("boss_job_id"),
    state: jobRunState("state").notNull().default("queued"),
    trigger: text("trigger").notNull().default("manual"),
    triggeredBy: text("triggered_by"),
    progress: jsonb("progress").$type<Record<string, unknown>>().notNull().default({}),
    counts: jsonb("counts").$type<Record<string, number>>().notNull().default({}),
    error: text("error"),
    queuedAt: timestamp("queued_at", { withTimezone: true }).notNull().defaultNow(),
    startedAt: timestamp("started_at", { withTimezone: true }),
    finishedAt: timestamp("finished_at", { withTimezone: true }),
  },
  (t) => [index("job_runs_kind_idx").on(t.kind, t.queuedAt), index("job_runs_source_idx").on(t.sourceId, t.queuedAt)],
);

export type JobRun = typeof jobRuns.$inferSelect;
