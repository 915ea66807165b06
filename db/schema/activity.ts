import { bigint, boolean, customType, date, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { sources } from "./sources";

/**
 * Slack access-log roll-ups as last seen, one row per (user, ip, user agent) of an Activity
 * Insights source. Kept beyond Slack's own window; ip is '' when Slack reports none. Every sync
 * rewrites most rows, so the table carries one index only (its key).
 */
export const accessLogEntries = pgTable(
  "access_log_entries",
  {
    sourceId: uuid("source_id")
      .notNull()
      .references(() => sources.id, { onDelete: "cascade" }),
    userId: text("user_id").notNull(),
    ip: text("ip").notNull().default(""),
    userAgent: text("user_agent").notNull().default(""),
    username: text("username"),
    /** Unix seconds, as Slack reports them. */
    dateFirst: bigint("date_first", { mode: "number" }).notNull(),
    dateLast: bigint("date_last", { mode: "number" }).notNull(),
    count: integer("count").notNull(),
    isp: text("isp"),
    country: text("country"),
    region: text("region"),
    /** desktop | ios | android | browser | other, parsed from the user agent. */
    client: text("client").notNull().default("other"),
    firstSyncedAt: timestamp("first_synced_at", { withTimezone: true }).notNull().defaultNow(),
    lastSyncedAt: timestamp("last_synced_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ name: "access_log_entries_key", columns: [t.sourceId, t.userId, t.ip, t.userAgent] })],
);

/** The fact table every activity figure reads: a user was active on a UTC day. */
export const activityDays = pgTable(
  "activity_days",
  {
    sourceId: uuid("source_id")
      .notNull()
      .references(() => sources.id, { onDelete: "cascade" }),
    userId: text("user_id").notNull(),
    day: date("day", { mode: "string" }).notNull(),
    /** Accesses attributed to this day (count deltas). */
    accesses: integer("accesses").notNull().default(0),
    clients: jsonb("clients").$type<string[]>().notNull().default([]),
    ips: jsonb("ips").$type<string[]>().notNull().default([]),
  },
  (t) => [primaryKey({ columns: [t.sourceId, t.userId, t.day] }), index("activity_days_day_idx").on(t.sourceId, t.day)],
);

/** PostgreSQL `bit varying`, read and written as a string of 0s and 1s. */
const bitVarying = customType<{ data: string; driverData: string }>({ dataType: () => "bit varying" });

/**
 * One row per Slack user of an Activity Insights source, kept by the same statements that write
 * access_log_entries and activity_days (lib/activity/user-summary.ts), so that organisation-wide
 * lists read one row per user instead of aggregating every roll-up and day on each page view.
 * `days` is a bitmap of activity_days: bit i (from the left) is set when the user was active on
 * `days_from` + i. Days in any window are then bit_count(substring(days …)), exact for any "now".
 */
export const activityUserSummary = pgTable(
  "activity_user_summary",
  {
    sourceId: uuid("source_id")
      .notNull()
      .references(() => sources.id, { onDelete: "cascade" }),
    userId: text("user_id").notNull(),
    /** Greatest date_last of the user's roll-ups (unix seconds). */
    lastActive: bigint("last_active", { mode: "number" }),
    daysFrom: date("days_from", { mode: "string" }),
    days: bitVarying("days").notNull().default(""),
  },
  (t) => [primaryKey({ columns: [t.sourceId, t.userId] })],
);

/** Per Activity Insights source: how far syncs have observed. */
export const activitySyncState = pgTable("activity_sync_state", {
  sourceId: uuid("source_id")
    .primaryKey()
    .references(() => sources.id, { onDelete: "cascade" }),
  /** Greatest date_last seen (unix seconds); incremental syncs page back to this minus an overlap. */
  watermark: bigint("watermark", { mode: "number" }),
  /** When the first (back-fill) sync completed: figures for windows after this are COMPLETE. */
  firstSyncCompletedAt: timestamp("first_sync_completed_at", { withTimezone: true }),
  lastSyncAt: timestamp("last_sync_at", { withTimezone: true }),
  details: jsonb("details").$type<Record<string, unknown>>().notNull().default({}),
});

/** Slack's Fair Billing "billing active" flag per user, read every sync. */
export const billingStatus = pgTable(
  "billing_status",
  {
    sourceId: uuid("source_id")
      .notNull()
      .references(() => sources.id, { onDelete: "cascade" }),
    userId: text("user_id").notNull(),
    billingActive: boolean("billing_active").notNull(),
    /** When Slack first reported the flag as it is now (rows are only rewritten when it changes). */
    checkedAt: timestamp("checked_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.sourceId, t.userId] })],
);
