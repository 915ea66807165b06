import { sql } from "drizzle-orm";
import { boolean, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { identities } from "./identities";
import { jobRuns } from "./jobs";
import { sources } from "./sources";

/** A Slack user as aggregated by a Slack source; removed accounts keep their row and history. */
export const accounts = pgTable(
  "accounts",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    sourceId: uuid("source_id")
      .notNull()
      .references(() => sources.id, { onDelete: "cascade" }),
    nativeId: text("native_id").notNull(),
    userName: text("user_name"),
    displayName: text("display_name"),
    realName: text("real_name"),
    email: text("email"),
    emails: jsonb("emails").$type<string[]>().notNull().default([]),
    title: text("title"),
    isAdmin: boolean("is_admin").notNull().default(false),
    isOwner: boolean("is_owner").notNull().default(false),
    isPrimaryOwner: boolean("is_primary_owner").notNull().default(false),
    isMultiChannelGuest: boolean("is_multi_channel_guest").notNull().default(false),
    isSingleChannelGuest: boolean("is_single_channel_guest").notNull().default(false),
    isBot: boolean("is_bot").notNull().default(false),
    isInvited: boolean("is_invited").notNull().default(false),
    isActive: boolean("is_active").notNull().default(true),
    /** human | guest | bot */
    accountType: text("account_type").notNull().default("human"),
    /** primary_owner | owner | admin | member | multi_channel_guest | single_channel_guest | bot */
    role: text("role").notNull().default("member"),
    raw: jsonb("raw").$type<Record<string, unknown>>().notNull().default({}),
    identityId: uuid("identity_id").references(() => identities.id, { onDelete: "set null" }),
    /** auto | manual; null when uncorrelated */
    correlation: text("correlation"),
    correlatedAt: timestamp("correlated_at", { withTimezone: true }),
    firstSeenAt: timestamp("first_seen_at", { withTimezone: true }).notNull().defaultNow(),
    lastSeenAt: timestamp("last_seen_at", { withTimezone: true }).notNull().defaultNow(),
    removedAt: timestamp("removed_at", { withTimezone: true }),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("accounts_source_native_key").on(t.sourceId, t.nativeId),
    index("accounts_identity_idx").on(t.identityId),
    index("accounts_source_email_idx").on(t.sourceId, sql`lower(${t.email})`),
    index("accounts_source_name_idx").on(t.sourceId, t.displayName),
  ],
);

/** Groups (SCIM Groups or user groups) and roles of a Slack source. */
export const entitlements = pgTable(
  "entitlements",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    sourceId: uuid("source_id")
      .notNull()
      .references(() => sources.id, { onDelete: "cascade" }),
    /** group | role */
    kind: text("kind").notNull(),
    nativeId: text("native_id").notNull(),
    name: text("name").notNull(),
    description: text("description"),
    raw: jsonb("raw").$type<Record<string, unknown>>().notNull().default({}),
    firstSeenAt: timestamp("first_seen_at", { withTimezone: true }).notNull().defaultNow(),
    lastSeenAt: timestamp("last_seen_at", { withTimezone: true }).notNull().defaultNow(),
    removedAt: timestamp("removed_at", { withTimezone: true }),
  },
  (t) => [uniqueIndex("entitlements_source_kind_native_key").on(t.sourceId, t.kind, t.nativeId)],
);

export const accountEntitlements = pgTable(
  "account_entitlements",
  {
    accountId: uuid("account_id")
      .notNull()
      .references(() => accounts.id, { onDelete: "cascade" }),
    entitlementId: uuid("entitlement_id")
      .notNull()
      .references(() => entitlements.id, { onDelete: "cascade" }),
    sourceId: uuid("source_id")
      .notNull()
      .references(() => sources.id, { onDelete: "cascade" }),
    /** The last aggregation run that confirmed this link. */
    runId: uuid("run_id").references(() => jobRuns.id, { onDelete: "set null" }),
    firstSeenAt: timestamp("first_seen_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.accountId, t.entitlementId] }), index("account_entitlements_entitlement_idx").on(t.entitlementId)],
);

/** Per-run changes: added, changed (with attributes), deactivated, removed, and removals awaiting confirmation. */
export const accountChanges = pgTable(
  "account_changes",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    runId: uuid("run_id")
      .notNull()
      .references(() => jobRuns.id, { onDelete: "cascade" }),
    sourceId: uuid("source_id")
      .notNull()
      .references(() => sources.id, { onDelete: "cascade" }),
    accountId: uuid("account_id").references(() => accounts.id, { onDelete: "cascade" }),
    nativeId: text("native_id").notNull(),
    /** added | changed | deactivated | reactivated | removed | pending_removal */
    kind: text("kind").notNull(),
    attributes: jsonb("attributes").$type<string[]>().notNull().default([]),
  },
  (t) => [index("account_changes_run_idx").on(t.runId, t.kind)],
);

/** Ordered correlation rules per Slack source: identity attribute = account attribute. */
export const correlationRules = pgTable(
  "correlation_rules",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    sourceId: uuid("source_id")
      .notNull()
      .references(() => sources.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    /** email | employee_id | name | attribute:<key> */
    identityAttribute: text("identity_attribute").notNull(),
    /** email | user_name | display_name | real_name | native_id */
    accountAttribute: text("account_attribute").notNull(),
    caseInsensitive: boolean("case_insensitive").notNull().default(true),
  },
  (t) => [index("correlation_rules_source_idx").on(t.sourceId, t.position)],
);
