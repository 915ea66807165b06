import { sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { addDays, utcDay } from "../days";
import { rebuildUserSummary } from "../user-summary";

export interface SyntheticActivity {
  activitySourceId: string;
  slackSourceId: string;
  identityIds: string[];
  /** Slack user ids in account order (U00000001…). */
  userId(i: number): string;
}

const UAS = [
  ["desktop", "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Slack/4.41.105 Chrome/130.0.6723.137 Electron/33.2.1 Safari/537.36 Sonic Slack_SSB/4.41.105"],
  ["ios", "com.tinyspeck.chatlyio/24.11.10 (iPhone; iOS 18.1.1; Scale/3.00)"],
  ["android", "Slack/24.11.10.0 (com.Slack; Android 15; Pixel 8 Pro)"],
  ["browser", "SlackWeb Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36"],
] as const;

/**
 * A large, plausible activity history written straight into the tables (for benchmarks): `n` identities
 * with one Slack account each (1% admins/owners, 5% guests, plus 2% bots), 1–4 access-log entries per
 * user, and `days` days of activity_days at per-person rates: 5% never signed in, 10% dormant for
 * 20–120 days, the rest active on 30–90% of days. Generated in SQL (generate_series), seeded.
 */
export async function seedSyntheticActivity(db: Db, opts: { n: number; days: number; now: Date; label?: string }): Promise<SyntheticActivity> {
  const label = opts.label ?? `bench-${opts.n}`;
  const today = utcDay(Math.floor(opts.now.getTime() / 1000));
  const from = addDays(today, -(opts.days - 1));
  const nowS = Math.floor(opts.now.getTime() / 1000);
  const slack = await db.execute<{ id: string }>(sql`insert into sources (name, connector, status) values (${`Slack ${label}`}, 'slack', 'healthy') returning id`);
  const slackSourceId = slack.rows[0].id;
  const ai = await db.execute<{ id: string }>(sql`
    insert into sources (name, connector, status, config) values (${`Activity ${label}`}, 'activity-insights-slack', 'healthy',
      ${JSON.stringify({ linkedSourceId: slackSourceId, schedule: "daily" })}::jsonb) returning id`);
  const activitySourceId = ai.rows[0].id;
  const uid = sql`'U' || lpad(g::text, 8, '0')`;
  await db.execute(sql`select setseed(0.17)`);
  // Per-person behaviour: kind 0 = never, 1 = dormant, else active at rate 0.3–0.9.
  await db.execute(sql`create temp table bench_people as
    select g, ${uid} as user_id, (g % 20) as kind, 0.3 + (g % 7) * 0.1 as rate, 20 + (g * 7919) % 100 as idle_days
    from generate_series(1, ${opts.n}) g`);
  const ids = await db.execute<{ id: string }>(sql`
    insert into identities (name, email) select 'Person ' || g, ${label} || '.p' || g || '@bench.test' from bench_people order by g returning id`);
  await db.execute(sql`
    insert into accounts (source_id, native_id, user_name, display_name, email, role, is_admin, is_owner, is_multi_channel_guest, account_type, identity_id, correlation)
    select ${slackSourceId}, p.user_id, 'p' || p.g, 'Person ' || p.g, ${label} || '.p' || p.g || '@bench.test',
      case when p.g % 500 = 3 then 'owner' when p.g % 100 = 7 then 'admin' when p.g % 20 = 11 then 'multi_channel_guest' else 'member' end,
      p.g % 100 = 7 or p.g % 500 = 3, p.g % 500 = 3, p.g % 20 = 11, case when p.g % 20 = 11 then 'guest' else 'human' end, i.id, 'auto'
    from bench_people p join identities i on i.email = ${label} || '.p' || p.g || '@bench.test'`);
  await db.execute(sql`
    insert into accounts (source_id, native_id, user_name, role, is_bot, account_type)
    select ${slackSourceId}, 'B' || lpad(g::text, 8, '0'), 'bot' || g, 'bot', true, 'bot' from generate_series(1, greatest(1, ${opts.n} / 50)) g`);
  await db.execute(sql`
    insert into activity_days (source_id, user_id, day, accesses, clients, ips)
    select ${activitySourceId}, p.user_id, d::date, 1 + (p.g + extract(doy from d)::int) % 6, '["desktop"]'::jsonb, '["10.1.0.1"]'::jsonb
    from bench_people p, generate_series(${from}::date, ${today}::date, interval '1 day') d
    where p.kind <> 0 and (p.kind <> 1 or d < ${today}::date - p.idle_days) and random() < p.rate`);
  await db.execute(sql`
    insert into access_log_entries (source_id, user_id, ip, user_agent, username, date_first, date_last, count, isp, country, region, client)
    select ${activitySourceId}, p.user_id, '10.' || (p.g % 250) || '.' || s.k || '.1', ua.ua, 'p' || p.g,
      ${nowS}::bigint - ${opts.days * 86400}::bigint + s.k * 3600, coalesce(extract(epoch from last.day)::bigint + 9 * 3600 + s.k * 1800, ${nowS}::bigint - 86400),
      50 + s.k * 10, 'Bench ISP', case when s.k = 3 and p.g % 40 = 0 then 'FR' else 'US' end, 'CA', ua.client
    from bench_people p
    join lateral (select max(day) as day from activity_days d where d.source_id = ${activitySourceId} and d.user_id = p.user_id) last on true
    cross join generate_series(0, 3) as s(k)
    join (values ${sql.join(UAS.map(([c, u], i) => sql`(${i}::int, ${c}::text, ${u}::text)`), sql`, `)}) as ua(k, client, ua) on ua.k = s.k
    where p.kind <> 0 and s.k <= p.g % 4`);
  await db.execute(sql`
    insert into billing_status (source_id, user_id, billing_active)
    select ${activitySourceId}, user_id, kind not in (0, 1) from bench_people`);
  await db.execute(sql`
    insert into activity_sync_state (source_id, watermark, first_sync_completed_at, last_sync_at, details)
    values (${activitySourceId}, ${nowS}, ${new Date(opts.now.getTime() - 200 * 86_400_000).toISOString()}::timestamptz, ${opts.now.toISOString()}::timestamptz,
      ${JSON.stringify({ completeFrom: addDays(today, -200) })}::jsonb)`);
  await db.execute(sql`drop table bench_people`);
  await rebuildUserSummary(db, activitySourceId);
  await db.execute(sql`analyze`);
  return { activitySourceId, slackSourceId, identityIds: ids.rows.map((r) => r.id), userId: (i) => `U${String(i).padStart(8, "0")}` };
}
