import { sql } from "drizzle-orm";
import type { Db } from "@/db/client";

/**
 * Stores Slack's billing-active flag per user from one complete team.billableInfo listing, then drops
 * users the listing no longer has (it is complete, so they are gone from Slack's billing). Only flags
 * that changed are written: a daily sync of a large workspace would otherwise rewrite every row.
 */
export async function storeBillingStatus(db: Db, sourceId: string, users: ReadonlyMap<string, boolean>, checkedAt: Date): Promise<void> {
  const rows = [...users].map(([user_id, billing_active]) => ({ user_id, billing_active }));
  await db.transaction(async (tx) => {
    for (let i = 0; i < rows.length; i += 5000) {
      const chunk = rows.slice(i, i + 5000);
      await tx.execute(sql`
        insert into billing_status as b (source_id, user_id, billing_active, checked_at)
        select ${sourceId}, r.user_id, r.billing_active, ${checkedAt.toISOString()}::timestamptz
        from jsonb_to_recordset(${JSON.stringify(chunk)}::jsonb) as r(user_id text, billing_active boolean)
        on conflict (source_id, user_id) do update set billing_active = excluded.billing_active, checked_at = excluded.checked_at
        where b.billing_active is distinct from excluded.billing_active`);
    }
    // NOT IN over a subquery is run as one hashed lookup; NOT EXISTS let PostgreSQL, which guesses a
    // function returns 100 rows, pick a nested loop (minutes at 50,000 users).
    await tx.execute(sql`
      delete from billing_status b where b.source_id = ${sourceId}
        and b.user_id not in (select jsonb_array_elements_text(${JSON.stringify(rows.map((r) => r.user_id))}::jsonb))`);
  });
}
