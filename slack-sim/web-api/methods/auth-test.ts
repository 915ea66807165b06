import type { AuthTestResponse } from "@slack/web-api";
import type { MethodContext } from "../method-context";

export function authTest(ctx: MethodContext): AuthTestResponse {
  const { workspace, user, spec } = ctx.caller;
  const result: AuthTestResponse = {
    ok: true, url: `https://${workspace.team.domain}.slack.com/`, team: workspace.team.name, user: user.name,
    team_id: workspace.team.id, user_id: user.id,
  };
  if (spec.type === "bot" && user.botId) result.bot_id = user.botId;
  if (workspace.team.enterpriseId) result.enterprise_id = workspace.team.enterpriseId;
  result.is_enterprise_install = false;
  return result;
}
