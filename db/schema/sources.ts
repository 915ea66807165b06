import { sql } from "drizzle-orm";
import { boolean, index, integer, jsonb, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { governanceGroups } from "./governance";
import { identities } from "./identities";

export const sourceStatus = pgEnum("source_status", ["unconfigured", "configured", "healthy", "failing"]);

export const sources = pgTable(
  "sources",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    name: text("name").notNull(),
    description: text("description"),
    connector: text("connector").notNull(),
    ownerIdentityId: uuid("owner_identity_id").references(() => identities.id, { onDelete: "set null" }),
    governanceGroupId: uuid("governance_group_id").references(() => governanceGroups.id, { onDelete: "set null" }),
    config: jsonb("config").$type<Record<string, unknown>>().notNull().default({}),
    // AES-256-GCM sealed token; never selected for pages, only for connector calls.
    sealedSecret: text("sealed_secret"),
    secretHint: text("secret_hint"),
    status: sourceStatus("status").notNull().default("unconfigured"),
    // The Slack workspace the last successful test reached; links Activity Insights to Slack sources.
    teamId: text("team_id"),
    lastTestAt: timestamp("last_test_at", { withTimezone: true }),
    lastTestOk: boolean("last_test_ok"),
    lastDataRunAt: timestamp("last_data_run_at", { withTimezone: true }),
    /** off | daily | hourly: data runs on a schedule (aggregation starts off until the first manual run). */
    schedule: text("schedule").notNull().default("off"),
    /** Slack sources: an aggregation that would remove more than this share of accounts waits for an admin. */
    deleteThresholdPercent: integer("delete_threshold_percent").notNull().default(20),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("sources_name_key").on(sql`lower(${t.name})`), index("sources_connector_idx").on(t.connector)],
);

export const sourceTestResults = pgTable(
  "source_test_results",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    sourceId: uuid("source_id")
      .notNull()
      .references(() => sources.id, { onDelete: "cascade" }),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
    ok: boolean("ok").notNull(),
    report: jsonb("report").$type<Record<string, unknown>>().notNull(),
    testedBy: text("tested_by"),
  },
  (t) => [index("source_test_results_source_at").on(t.sourceId, t.at)],
);

export type Source = typeof sources.$inferSelect;
export type SourceStatus = (typeof sourceStatus.enumValues)[number];
