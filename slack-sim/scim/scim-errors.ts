import { jsonReply, type Reply } from "../http/respond";
import { SCIM } from "./scim-schemas";

/** HTTP status per Slack SCIM error code (Slack's docs list the codes; statuses follow SCIM's RFC 7644). */
const STATUS: Readonly<Record<string, number>> = {
  missing_authentication: 401,
  invalid_authentication: 401,
  permission_denied: 403,
  plus_teams_only: 403,
  cannot_disable_primary_owner: 403,
  cannot_disable_bot_user_with_scim: 403,
  cannot_modify_owner: 403,
  no_such_user: 404,
  no_such_group: 404,
  bad_endpoint: 404,
  method_not_allowed: 405,
  invalid_query: 400,
  incomplete_filter: 400,
  invalid_filter_group: 400,
  no_filters: 400,
  missing_schema_element: 400,
  invalid_request_payload: 400,
  too_many_requests: 429,
};

/** Slack's SCIM v2 error body: `{"schemas":[…Error],"detail":"<code>","status":N}`. */
export function scimError(detail: string, headers: Record<string, string> = {}): Reply {
  const status = STATUS[detail] ?? 400;
  return jsonReply(status, { schemas: [SCIM.error], detail, status }, headers);
}
