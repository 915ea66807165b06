import { sql } from "drizzle-orm";
import { index, jsonb, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid, type AnyPgColumn } from "drizzle-orm/pg-core";

export const lifecycleState = pgEnum("lifecycle_state", ["active", "inactive", "leaver", "prehire"]);

export const identities = pgTable(
  "identities",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    name: text("name").notNull(),
    email: text("email").notNull(),
    employeeId: text("employee_id"),
    department: text("department"),
    title: text("title"),
    managerId: uuid("manager_id").references((): AnyPgColumn => identities.id, { onDelete: "set null" }),
    lifecycleState: lifecycleState("lifecycle_state").notNull().default("active"),
    attributes: jsonb("attributes").$type<Record<string, string>>().notNull().default({}),
    source: text("source").notNull().default("manual"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // Emails are unique without regard to case; every lookup uses lower(email).
    uniqueIndex("identities_email_key").on(sql`lower(${t.email})`),
    index("identities_name_idx").on(t.name, t.id),
    index("identities_department_idx").on(t.department, t.id),
    index("identities_updated_idx").on(t.updatedAt, t.id),
  ],
);

export type Identity = typeof identities.$inferSelect;
export type LifecycleState = (typeof lifecycleState.enumValues)[number];
