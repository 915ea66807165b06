import { sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import type { IdentityInput } from "@/lib/identities/fields";

export interface ImportCounts {
  created: number;
  updated: number;
}

const CHUNK = 500;

/**
 * Applies a validated file in one transaction: every row lands or none does. Rows upsert by
 * lower(email), so a re-import updates people instead of duplicating them. Managers are linked in
 * a second pass because a manager may appear later in the file than their reports.
 */
export async function applyIdentityImport(db: Db, rows: IdentityInput[]): Promise<ImportCounts> {
  return db.transaction(async (tx) => {
    let created = 0;
    let updated = 0;
    for (let i = 0; i < rows.length; i += CHUNK) {
      const chunk = rows.slice(i, i + CHUNK);
      const values = sql.join(
        chunk.map(
          (r) =>
            sql`(${r.name}, ${r.email}, ${r.employeeId ?? null}, ${r.department ?? null}, ${r.title ?? null}, ${r.lifecycleState}::lifecycle_state, ${JSON.stringify(r.attributes ?? {})}::jsonb, 'csv')`,
        ),
        sql`, `,
      );
      const result = await tx.execute<{ inserted: boolean }>(sql`
        insert into identities (name, email, employee_id, department, title, lifecycle_state, attributes, source)
        values ${values}
        on conflict ((lower(email))) do update set
          name = excluded.name,
          email = excluded.email,
          employee_id = excluded.employee_id,
          department = excluded.department,
          title = excluded.title,
          lifecycle_state = excluded.lifecycle_state,
          attributes = identities.attributes || excluded.attributes,
          updated_at = now()
        returning (xmax = 0) as inserted`);
      for (const r of result.rows) {
        if (r.inserted) created++;
        else updated++;
      }
    }
    const withManager = rows.filter((r) => r.managerEmail);
    for (let i = 0; i < withManager.length; i += CHUNK) {
      const chunk = withManager.slice(i, i + CHUNK);
      const pairs = sql.join(
        chunk.map((r) => sql`(${r.email.toLowerCase()}, ${r.managerEmail!.toLowerCase()})`),
        sql`, `,
      );
      await tx.execute(sql`
        update identities i set manager_id = m.id
        from (values ${pairs}) as p(email_key, manager_key)
        join identities m on lower(m.email) = p.manager_key
        where lower(i.email) = p.email_key and m.id <> i.id`);
    }
    return { created, updated };
  });
}
