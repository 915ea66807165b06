/**
 * The simulator's fixed tokens. The strings never depend on the seed, so product tests, fixtures and
 * docs can name them; which user each one belongs to is resolved per workspace at start-up.
 * They follow Slack's shapes (`xoxp-<team>-<user>-<install>-<32 hex>`, `xoxb-<team>-<bot>-<24 chars>`)
 * but are not real credentials.
 */

export type TokenName =
  | "admin"
  | "adminFull"
  | "noAdmin"
  | "workspaceAdmin"
  | "revoked"
  | "deactivatedUser"
  | "expired"
  | "bot"
  | "freeWorkspace";

/** Whose token it is: resolved against the generated workspace. */
export type TokenSubject = "primary_owner" | "active_admin" | "deactivated_admin" | "bot";

export interface TokenSpec {
  name: TokenName;
  token: string;
  type: "user" | "bot";
  workspace: "primary" | "free";
  subject: TokenSubject;
  scopes: readonly string[];
  status: "active" | "revoked" | "expired";
  description: string;
}

const READ_SCOPES = ["users:read", "users:read.email", "usergroups:read", "team:read"] as const;

export const TOKEN_TABLE: readonly TokenSpec[] = [
  {
    name: "admin", token: "xoxp-2208846101-2208846102-7811120000001-1a6f0d3c5b8e4a92c7d1e3f5a7b9c0d2", type: "user",
    workspace: "primary", subject: "primary_owner", scopes: ["admin"], status: "active",
    description: "What the Activity Insights setup guide produces: user token with only `admin`.",
  },
  {
    name: "adminFull", token: "xoxp-2208846101-2208846102-7811120000002-2b7e1c4d6a9f3b81d6e2f4a6c8b0d1e3", type: "user",
    workspace: "primary", subject: "primary_owner", scopes: ["admin", ...READ_SCOPES], status: "active",
    description: "`admin` plus users:read, users:read.email, usergroups:read and team:read (Web API mode; in SCIM mode users:read adds admins, owners and bots).",
  },
  {
    name: "noAdmin", token: "xoxp-2208846101-2208846102-7811120000003-3c8d2b5e7f0a4c72e5f3a5b7d9c1e2f4", type: "user",
    workspace: "primary", subject: "primary_owner", scopes: [...READ_SCOPES], status: "active",
    description: "Read scopes without `admin`: admin methods fail with missing_scope, SCIM with invalid_authentication.",
  },
  {
    name: "workspaceAdmin", token: "xoxp-2208846101-2208846177-7811120000004-4d9c3a6f8e1b5d63f4a4b6c8e0d2f3a5", type: "user",
    workspace: "primary", subject: "active_admin", scopes: ["admin", ...READ_SCOPES], status: "active",
    description: "Installed by an admin who is not an owner: SCIM cannot modify owners (cannot_modify_owner).",
  },
  {
    name: "revoked", token: "xoxp-2208846101-2208846102-7811120000005-5e0b4f7a9d2c6e54a3b5c7d9f1e3a4b6", type: "user",
    workspace: "primary", subject: "primary_owner", scopes: ["admin"], status: "revoked",
    description: "App uninstalled: token_revoked.",
  },
  {
    name: "deactivatedUser", token: "xoxp-2208846101-2208846188-7811120000006-6f1a5e8b0c3d7f45b2c6d8e0a2f4b5c7", type: "user",
    workspace: "primary", subject: "deactivated_admin", scopes: ["admin", ...READ_SCOPES], status: "active",
    description: "Installed by an admin who has since been deactivated: account_inactive.",
  },
  {
    name: "expired", token: "xoxp-2208846101-2208846102-7811120000007-7a2b6f9c1d4e8a36c1d7e9f1b3a5c6d8", type: "user",
    workspace: "primary", subject: "primary_owner", scopes: ["admin"], status: "expired",
    description: "A rotating token past its expiry: token_expired.",
  },
  {
    name: "bot", token: "xoxb-2208846101-7811120000101-Jx4T9qLw2ZsN8vRk5mYc3HdA", type: "bot",
    workspace: "primary", subject: "bot", scopes: ["users:read", "usergroups:read", "team:read"], status: "active",
    description: "Bot token without users:read.email (no profile.email); admin methods fail with not_allowed_token_type.",
  },
  {
    name: "freeWorkspace", token: "xoxp-3319957201-3319957202-7811120000008-8b3c7a0d2e5f9b27d0e8f2a4c6b7d9e1", type: "user",
    workspace: "free", subject: "primary_owner", scopes: ["admin", ...READ_SCOPES], status: "active",
    description: "Primary owner of a second workspace on the Free plan: paid_only / plus_teams_only.",
  },
];

export type TokenStrings = Record<TokenName, string>;

/** `{ admin: "xoxp-…", … }`, for tests and the demo. */
export const TOKENS: TokenStrings = Object.fromEntries(TOKEN_TABLE.map((t) => [t.name, t.token])) as TokenStrings;
