import type { WebApiMethod } from "./method-context";
import { authTest } from "./methods/auth-test";
import { teamAccessLogs } from "./methods/team-access-logs";
import { teamBillableInfo } from "./methods/team-billable-info";
import { teamInfo } from "./methods/team-info";
import { teamIntegrationLogs } from "./methods/team-integration-logs";
import { usergroupsList, usergroupsUsersList } from "./methods/usergroups";
import { usersInfo, usersList, usersLookupByEmail } from "./methods/users";

/** The Web API methods the simulator serves, with Slack's tier, scopes and token rules for each. */
export const WEB_API_METHODS: Readonly<Record<string, WebApiMethod>> = {
  "auth.test": { tier: "special", scopes: [], userTokenOnly: false, handle: authTest },
  "users.list": { tier: "tier2", scopes: ["users:read"], userTokenOnly: false, handle: usersList },
  "users.info": { tier: "tier4", scopes: ["users:read"], userTokenOnly: false, handle: usersInfo },
  "users.lookupByEmail": { tier: "tier3", scopes: ["users:read.email"], userTokenOnly: false, handle: usersLookupByEmail },
  "usergroups.list": { tier: "tier2", scopes: ["usergroups:read"], userTokenOnly: false, handle: usergroupsList },
  "usergroups.users.list": { tier: "tier2", scopes: ["usergroups:read"], userTokenOnly: false, handle: usergroupsUsersList },
  "team.info": { tier: "tier3", scopes: ["team:read"], userTokenOnly: false, handle: teamInfo },
  "team.accessLogs": { tier: "tier2", scopes: ["admin"], userTokenOnly: true, paidOnly: true, handle: teamAccessLogs },
  "team.billableInfo": { tier: "tier2", scopes: ["admin"], userTokenOnly: true, handle: teamBillableInfo },
  "team.integrationLogs": { tier: "tier2", scopes: ["admin"], userTokenOnly: true, handle: teamIntegrationLogs },
};
