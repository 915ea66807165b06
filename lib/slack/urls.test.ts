import { describe, expect, it } from "vitest";
import { joinUrl, scimBaseUrl } from "./urls";

describe("scimBaseUrl", () => {
  it("maps Slack's Web API to api.slack.com", () => {
    expect(scimBaseUrl("https://slack.com/api/")).toBe("https://api.slack.com/scim/v2/");
    expect(scimBaseUrl("https://slack.com/api")).toBe("https://api.slack.com/scim/v2/");
    expect(scimBaseUrl("https://SLACK.com/api/")).toBe("https://api.slack.com/scim/v2/");
  });
  it("maps GovSlack to api.slack-gov.com", () => {
    expect(scimBaseUrl("https://slack-gov.com/api/")).toBe("https://api.slack-gov.com/scim/v2/");
  });
  it("keeps the origin of any other host (simulator, proxies)", () => {
    expect(scimBaseUrl("http://127.0.0.1:3100/api/")).toBe("http://127.0.0.1:3100/scim/v2/");
    expect(scimBaseUrl("https://proxy.example.com/slack/api/")).toBe("https://proxy.example.com/scim/v2/");
    // Look-alike hosts are not Slack.
    expect(scimBaseUrl("https://slack.com.evil.example/api/")).toBe("https://slack.com.evil.example/scim/v2/");
  });
});

describe("joinUrl", () => {
  it("puts exactly one slash between base and path", () => {
    expect(joinUrl("http://x/scim/v2/", "/Users?count=1")).toBe("http://x/scim/v2/Users?count=1");
    expect(joinUrl("http://x/scim/v2", "Users")).toBe("http://x/scim/v2/Users");
  });
});
