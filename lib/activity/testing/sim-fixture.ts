import crypto from "node:crypto";
import { sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { seal } from "@/lib/crypto/seal";
import type { SimControlClient } from "@/slack-sim/control-client";

/** Test/bench set-up: a Slack source and a linked Activity Insights source, written directly. */
export interface ActivityFixture {
  key: string;
  slackSourceId: string;
  activitySourceId: string;
  /** Slack user id → identity id, for every human with an email. */
  identityByUser: Map<string, string>;
}

type WorkspaceUser = Awaited<ReturnType<SimControlClient["workspace"]>>["users"][number];

function accountFlags(u: WorkspaceUser) {
  const role = u.role === "slackbot" ? "bot" : u.role;
  return {
    role,
    is_admin: role === "admin" || role === "owner" || role === "primary_owner",
    is_owner: role === "owner" || role === "primary_owner",
    is_primary_owner: role === "primary_owner",
    is_multi_channel_guest: role === "multi_channel_guest",
    is_single_channel_guest: role === "single_channel_guest",
    is_bot: role === "bot",
    account_type: role === "bot" ? "bot" : role.endsWith("guest") ? "guest" : "human",
  };
}

/**
 * Creates both sources (healthy, token sealed with a fresh random key that the caller passes to the
 * handler) and one account per simulated user; every human with an email gets an identity of their
 * own, correlated to the account. This stands in for aggregation + correlation, which other modules own.
 */
export async function setupActivityFixture(db: Db, opts: { apiUrl: string; token: string; users: WorkspaceUser[]; label?: string }): Promise<ActivityFixture> {
  const key = crypto.randomBytes(32).toString("base64");
  const label = opts.label ?? crypto.randomBytes(4).toString("hex");
  const sealed = seal(opts.token, key);
  const slack = await db.execute<{ id: string }>(sql`
    insert into sources (name, connector, status, sealed_secret, config, team_id)
    values (${`Slack ${label}`}, 'slack', 'healthy', ${sealed}, ${JSON.stringify({ apiBaseUrl: opts.apiUrl })}::jsonb, 'T1') returning id`);
  const slackSourceId = slack.rows[0].id;
  const config = { linkedSourceId: slackSourceId, schedule: "daily", apiBaseUrl: opts.apiUrl };
  const activity = await db.execute<{ id: string }>(sql`
    insert into sources (name, connector, status, sealed_secret, config, team_id)
    values (${`Activity ${label}`}, 'activity-insights-slack', 'healthy', ${sealed}, ${JSON.stringify(config)}::jsonb, 'T1') returning id`);
  const activitySourceId = activity.rows[0].id;

  const rows = opts.users.map((u) => ({
    native_id: u.id, user_name: u.name, display_name: u.realName, email: u.email, is_active: !u.deleted, is_invited: u.invited,
    ...accountFlags(u),
    person: u.email && u.role !== "bot" && u.role !== "slackbot" ? `${label}.${u.id.toLowerCase()}.${u.email}` : null,
    name: u.realName,
  }));
  const identityByUser = new Map<string, string>();
  for (let i = 0; i < rows.length; i += 1000) {
    const chunk = rows.slice(i, i + 1000);
    const result = await db.execute<{ native_id: string; identity_id: string | null }>(sql`
      with people as (
        insert into identities (name, email)
        select r.name, r.person from jsonb_to_recordset(${JSON.stringify(chunk)}::jsonb) as r(name text, person text)
        where r.person is not null
        returning id, email
      )
      insert into accounts (source_id, native_id, user_name, display_name, real_name, email, is_active, is_invited, role, is_admin, is_owner,
        is_primary_owner, is_multi_channel_guest, is_single_channel_guest, is_bot, account_type, identity_id, correlation)
      select ${slackSourceId}, r.native_id, r.user_name, r.display_name, r.display_name, r.email, r.is_active, r.is_invited, r.role, r.is_admin,
        r.is_owner, r.is_primary_owner, r.is_multi_channel_guest, r.is_single_channel_guest, r.is_bot, r.account_type, p.id,
        case when p.id is null then null else 'auto' end
      from jsonb_to_recordset(${JSON.stringify(chunk)}::jsonb) as r(native_id text, user_name text, display_name text, email text,
        is_active boolean, is_invited boolean, role text, is_admin boolean, is_owner boolean, is_primary_owner boolean,
        is_multi_channel_guest boolean, is_single_channel_guest boolean, is_bot boolean, account_type text, person text)
      left join people p on p.email = r.person
      returning native_id, identity_id`);
    for (const r of result.rows) if (r.identity_id) identityByUser.set(r.native_id, r.identity_id);
  }
  return { key, slackSourceId, activitySourceId, identityByUser };
}
