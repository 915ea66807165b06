import { describe, expect, it } from "vitest";
import { userAgentFor, type ClientKind } from "@/slack-sim/generator/client-data";
import { clientFromUserAgent } from "./user-agent";

describe("clientFromUserAgent", () => {
  const expected: Record<ClientKind, string> = { desktop_mac: "desktop", desktop_windows: "desktop", ios: "ios", android: "android", browser: "browser" };

  it("classifies every user agent the simulator produces (all releases and devices)", () => {
    for (const kind of Object.keys(expected) as ClientKind[]) {
      for (let variant = 0; variant < 1024; variant += 7) expect(clientFromUserAgent(userAgentFor(kind, variant)), userAgentFor(kind, variant)).toBe(expected[kind]);
    }
  });

  it.each([
    ["Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Slack/4.41.105 Chrome/130.0.6723.137 Electron/33.2.1 Safari/537.36 Sonic Slack_SSB/4.41.105", "desktop"],
    ["Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Slack/4.33.90 Chrome/114.0 Electron/25.8.1 Safari/537.36 Slack_SSB/4.33.90", "desktop"],
    ["com.tinyspeck.chatlyio/24.11.10 (iPad; iPadOS 18.1.1; Scale/2.00)", "ios"],
    ["Slack/24.10.20.0 (com.Slack; Android 14; SM-S918B)", "android"],
    ["SlackWeb Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:132.0) Gecko/20100101 Firefox/132.0", "browser"],
    // A phone's browser is the web client, not the app.
    ["Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1", "browser"],
    ["Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Mobile Safari/537.36", "browser"],
    ["Python/3.12 slackclient/3.27.1 Linux/6.8", "other"],
    ["", "other"],
  ])("%s → %s", (ua, client) => {
    expect(clientFromUserAgent(ua)).toBe(client);
  });

  it("treats a missing user agent as other", () => {
    expect(clientFromUserAgent(null)).toBe("other");
    expect(clientFromUserAgent(undefined)).toBe("other");
  });
});
