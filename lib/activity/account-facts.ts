import { sql, type SQL } from "drizzle-orm";
import { DEFAULT_DORMANCY_THRESHOLDS, type DormancyThresholds } from "./metrics";
import { daysInWindow } from "./user-summary";

/**
 * CTEs shared by the organisation and list queries: every account of the linked Slack source with its
 * kind (same rules as metrics.accountKind), dormancy threshold, latest access and billing flag.
 * `facts` columns: id, native_id, identity_id, display_name, email, role, kind, threshold, last (unix s),
 * with `withDays` days_from and days (the activity bitmap, see user-summary.ts; wide, so only when
 * needed: the CTE is materialised), billing_active, eligible (a non-bot
 * account that is active and not removed), privileged. Latest access and days come from
 * activity_user_summary: one row per user, kept by the sync.
 */
export function accountFactsCtes(
  activitySourceId: string,
  linkedSourceId: string | null,
  t: DormancyThresholds = DEFAULT_DORMANCY_THRESHOLDS,
  opts: { where?: SQL; withDays?: boolean } = {},
): SQL {
  const extraWhere = opts.where;
  return sql`
    acc as (
      select a.id, a.native_id, a.identity_id, a.display_name, a.email, a.role, a.is_active, a.removed_at,
        case when a.is_bot or a.role in ('bot', 'slackbot') or a.account_type = 'bot' then 'bot'
             when a.is_primary_owner or a.is_owner or a.role in ('owner', 'primary_owner') then 'owner'
             when a.is_admin or a.role = 'admin' then 'admin'
             when a.is_multi_channel_guest or a.is_single_channel_guest or a.account_type = 'guest' or a.role like '%guest' then 'guest'
             else 'member' end as kind
      from accounts a where a.source_id = ${linkedSourceId} ${extraWhere ? sql`and ${extraWhere}` : sql``}
    ),
    facts as (
      select acc.*,
        case acc.kind when 'owner' then ${t.owner}::int when 'admin' then ${t.admin}::int when 'guest' then ${t.guest}::int
          when 'member' then ${t.member}::int end as threshold,
        u.last_active as last, ${opts.withDays ? sql`u.days_from, u.days,` : sql``} b.billing_active,
        (acc.kind <> 'bot' and acc.is_active and acc.removed_at is null) as eligible,
        acc.kind in ('owner', 'admin') as privileged
      from acc
      left join activity_user_summary u on u.source_id = ${activitySourceId} and u.user_id = acc.native_id
      left join billing_status b on b.source_id = ${activitySourceId} and b.user_id = acc.native_id
    )`;
}

/** SQL truth value: an account (row of `facts`) flagged dormant at `nowS`. */
export const dormantAccount = (nowS: number) => sql`(eligible and last is not null and last < ${nowS}::bigint - threshold * 86400)`;
export const neverSignedInAccount = sql`(eligible and last is null)`;

/**
 * `ident`: per identity (accounts from `facts`), latest access over any account and over eligible ones,
 * the strictest eligible threshold (metrics.identityDormancy), and with `daysWindow` the days active in
 * that window. Days come from the accounts' bitmaps (needs `facts` built `withDays`); only identities
 * with more than one account need the exact distinct-day count, as the same day on two accounts
 * counts once.
 */
export function identityFactsCte(opts: { activitySourceId?: string; daysWindow?: { from: string; to: string } } = {}): SQL {
  const w = opts.daysWindow;
  const days = w
    ? sql`, case when count(*) = 1 then max(${daysInWindow("facts", w.from, w.to)}) else (
          select count(distinct d.day) from activity_days d join facts f2 on f2.native_id = d.user_id
          where d.source_id = ${opts.activitySourceId} and f2.identity_id = facts.identity_id and f2.kind <> 'bot' and f2.removed_at is null
            and d.day between ${w.from}::date and ${w.to}::date
        ) end as days`
    : sql``;
  return sql`
    ident as (
      select identity_id, max(last) as last_any, max(last) filter (where eligible) as last_eligible,
        min(threshold) filter (where eligible) as threshold, bool_or(eligible) as has_eligible ${days}
      from facts where identity_id is not null and kind <> 'bot' and removed_at is null group by identity_id
    )`;
}

/** SQL: an identity's activity status from its `ident` row `x` (null when it has no Slack account). */
export const identityStatus = (nowS: number) => sql`
  case when x.identity_id is null then 'no_slack'
       when not x.has_eligible then 'excluded'
       when x.last_eligible is null then 'never_signed_in'
       when x.last_eligible < ${nowS}::bigint - x.threshold * 86400 then 'dormant'
       else 'active' end`;
