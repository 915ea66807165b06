import type { TeamInfoResponse } from "@slack/web-api";
import { fail } from "../errors";
import type { MethodContext } from "../method-context";

export function teamInfo(ctx: MethodContext): TeamInfoResponse {
  const team = ctx.caller.workspace.team;
  const wanted = ctx.params.string("team");
  if (wanted && wanted !== team.id) return fail("team_not_found");
  const icon = (size: number) => `https://avatars.slack-edge.com/2023-03-14/${team.iconHash}_${size}.png`;
  const result: TeamInfoResponse = {
    ok: true,
    team: {
      id: team.id, name: team.name, url: `https://${team.domain}.slack.com/`, domain: team.domain, email_domain: team.emailDomain,
      icon: {
        image_default: false, image_34: icon(34), image_44: icon(44), image_68: icon(68), image_88: icon(88), image_102: icon(102),
        image_132: icon(132), image_230: icon(230),
      },
      avatar_base_url: "https://ca.slack-edge.com/", is_verified: false, lob_sales_home_enabled: false,
    },
  };
  if (team.enterpriseId && result.team) {
    result.team.enterprise_id = team.enterpriseId;
    result.team.enterprise_name = team.enterpriseName ?? "";
  }
  return result;
}
