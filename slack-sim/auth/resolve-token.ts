import type { SimUser } from "../model/types";
import type { Workspace } from "../model/workspace";
import { TOKEN_TABLE, type TokenSpec } from "./token-table";

export interface Caller {
  spec: TokenSpec;
  workspace: Workspace;
  user: SimUser;
}

/** Slack's auth failures, in the order Slack checks them. */
export type AuthFailure = "not_authed" | "invalid_auth" | "token_revoked" | "token_expired" | "account_inactive";

export type AuthResult = { ok: true; caller: Caller } | { ok: false; error: AuthFailure; spec?: TokenSpec };

const BY_TOKEN = new Map(TOKEN_TABLE.map((t) => [t.token, t]));

export function findTokenSpec(token: string | undefined): TokenSpec | undefined {
  return token ? BY_TOKEN.get(token) : undefined;
}

/** Picks the account a token belongs to in a freshly generated workspace. */
export function tokenSubjectUser(spec: TokenSpec, ws: Workspace): SimUser {
  const find = (pred: (u: SimUser) => boolean) => ws.users.find(pred);
  const user =
    spec.subject === "primary_owner" ? find((u) => u.role === "primary_owner")
    : spec.subject === "active_admin" ? find((u) => u.role === "admin" && !u.deleted)
    : spec.subject === "deactivated_admin" ? find((u) => u.role === "admin" && u.deleted)
    : find((u) => u.role === "bot" && !u.deleted);
  if (!user) throw new Error(`No ${spec.subject} in workspace ${ws.team.id} for token ${spec.name}`);
  return user;
}

/**
 * Resolves a bearer token to its caller. The owner's state is read live, so deactivating the installing
 * user through SCIM or the control API turns their tokens into `account_inactive`, as in Slack.
 */
export function resolveToken(
  token: string | undefined,
  workspaces: { primary: Workspace; free: Workspace },
  subjects: Map<string, string>,
): AuthResult {
  if (!token) return { ok: false, error: "not_authed" };
  const spec = BY_TOKEN.get(token);
  if (!spec) return { ok: false, error: "invalid_auth" };
  if (spec.status === "revoked") return { ok: false, error: "token_revoked", spec };
  if (spec.status === "expired") return { ok: false, error: "token_expired", spec };
  const workspace = workspaces[spec.workspace];
  const user = workspace.user(subjects.get(spec.name) ?? "");
  if (!user) return { ok: false, error: "invalid_auth", spec };
  if (user.deleted) return { ok: false, error: "account_inactive", spec };
  return { ok: true, caller: { spec, workspace, user } };
}
