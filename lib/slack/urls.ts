/**
 * Where Slack's SCIM v2 API lives for a given Web API base URL.
 *
 * Slack serves SCIM from a different host than the Web API (api.slack.com instead of slack.com), and
 * GovSlack mirrors that split on its own domain. Anything else (the local simulator, a test proxy)
 * is assumed to serve both APIs from one origin, so SCIM sits at `<origin>/scim/v2/`.
 */
const SCIM_HOSTS: Readonly<Record<string, string>> = {
  "slack.com": "api.slack.com",
  "www.slack.com": "api.slack.com",
  "api.slack.com": "api.slack.com",
  "slack-gov.com": "api.slack-gov.com",
  "www.slack-gov.com": "api.slack-gov.com",
  "api.slack-gov.com": "api.slack-gov.com",
};

export function scimBaseUrl(apiBaseUrl: string): string {
  const url = new URL(apiBaseUrl);
  const slackHost = SCIM_HOSTS[url.hostname.toLowerCase()];
  if (slackHost) return `https://${slackHost}/scim/v2/`;
  return `${url.origin}/scim/v2/`;
}

/** `base` + `path` with exactly one slash between them (paths may or may not start with one). */
export function joinUrl(base: string, path: string): string {
  return `${base.replace(/\/+$/, "")}/${path.replace(/^\/+/, "")}`;
}
