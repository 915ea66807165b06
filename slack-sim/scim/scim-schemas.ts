/** SCIM v2 schema URNs as Slack uses them. */
export const SCIM = {
  user: "urn:ietf:params:scim:schemas:core:2.0:User",
  enterpriseUser: "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User",
  slackProfile: "urn:ietf:params:scim:schemas:extension:slack:profile:2.0:User",
  slackGuest: "urn:ietf:params:scim:schemas:extension:slack:guest:2.0:User",
  group: "urn:ietf:params:scim:schemas:core:2.0:Group",
  listResponse: "urn:ietf:params:scim:api:messages:2.0:ListResponse",
  patchOp: "urn:ietf:params:scim:api:messages:2.0:PatchOp",
  error: "urn:ietf:params:scim:api:messages:2.0:Error",
  serviceProviderConfig: "urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig",
} as const;

/** Slack's `meta.location` points at api.slack.com regardless of how the API was reached. */
export const SCIM_LOCATION_BASE = "https://api.slack.com/scim/v2";

export const SCIM_MAX_COUNT = 1000;
export const SCIM_DEFAULT_COUNT = 10;
