import { sql } from "drizzle-orm";
import { boolean, index, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";

export const operatorRole = pgEnum("operator_role", ["admin", "source_admin", "viewer"]);

export const operators = pgTable(
  "operators",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    email: text("email").notNull(),
    name: text("name").notNull(),
    passwordHash: text("password_hash").notNull(),
    role: operatorRole("role").notNull().default("viewer"),
    disabled: boolean("disabled").notNull().default(false),
    // Set when an admin issues a one-time password: the operator must choose a new one first.
    mustChangePassword: boolean("must_change_password").notNull().default(false),
    identityId: uuid("identity_id"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    lastSignInAt: timestamp("last_sign_in_at", { withTimezone: true }),
  },
  (t) => [uniqueIndex("operators_email_key").on(sql`lower(${t.email})`)],
);

export const signInAttempts = pgTable(
  "sign_in_attempts",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    emailKey: text("email_key").notNull(),
    succeeded: boolean("succeeded").notNull(),
    ip: text("ip"),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("sign_in_attempts_email_at").on(t.emailKey, t.at)],
);

export type Operator = typeof operators.$inferSelect;
export type OperatorRole = (typeof operatorRole.enumValues)[number];
