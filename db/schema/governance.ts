import { sql } from "drizzle-orm";
import { pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { identities } from "./identities";

export const governanceGroups = pgTable(
  "governance_groups",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    name: text("name").notNull(),
    description: text("description"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("governance_groups_name_key").on(sql`lower(${t.name})`)],
);

export const governanceGroupMembers = pgTable(
  "governance_group_members",
  {
    groupId: uuid("group_id")
      .notNull()
      .references(() => governanceGroups.id, { onDelete: "cascade" }),
    identityId: uuid("identity_id")
      .notNull()
      .references(() => identities.id, { onDelete: "cascade" }),
    addedAt: timestamp("added_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.groupId, t.identityId] })],
);

export type GovernanceGroup = typeof governanceGroups.$inferSelect;
