/**
 * Checks what kind of Slack token was pasted, before anything is sent over the network.
 * Both connectors need the *User* OAuth Token (`xoxp-`) because `team.accessLogs` and SCIM accept
 * only user tokens; the most common mistake is pasting the Bot User OAuth Token (`xoxb-`) that the
 * same Install App page shows.
 */

export type TokenShape =
  | { ok: true; token: string }
  | { ok: false; reason: "empty" | "bot" | "other_type" | "malformed"; message: string; remedy: string };

const WHERE = "Copy the User OAuth Token (it starts with xoxp-) from your Slack app's Settings → Install App page.";

/** Real user tokens are `xoxp-` followed by dash-separated numbers and a hex secret. */
const USER_TOKEN = /^xoxp-[A-Za-z0-9]+(?:-[A-Za-z0-9]+){2,}$/;

const OTHER_TYPES: ReadonlyArray<[RegExp, string]> = [
  [/^xoxa-/, "an app access token"],
  [/^xoxe\.xox[a-z]-/, "a rotating access token"],
  [/^xoxe-/, "a refresh token"],
  [/^xoxr-/, "a refresh token"],
  [/^xoxs-/, "a legacy session token"],
  [/^xoxo-/, "a legacy workspace token"],
  [/^xapp-/, "an app-level token"],
];

export function checkTokenShape(raw: string | null | undefined): TokenShape {
  // Surrounding whitespace is a copy-paste artefact, not part of the token.
  const token = (raw ?? "").trim();
  if (token === "") {
    return { ok: false, reason: "empty", message: "No token was entered.", remedy: WHERE };
  }
  if (token.startsWith("xoxb-")) {
    return {
      ok: false,
      reason: "bot",
      message: "This is a bot token (xoxb-). These connectors need the user token Slack issues to the admin who installs the app.",
      remedy: "Use the User OAuth Token (xoxp-) from Install App, not the Bot User OAuth Token: open your Slack app's Settings → Install App and copy the token labelled User OAuth Token.",
    };
  }
  for (const [pattern, kind] of OTHER_TYPES) {
    if (pattern.test(token)) {
      return { ok: false, reason: "other_type", message: `This looks like ${kind}, not a user token (xoxp-).`, remedy: WHERE };
    }
  }
  if (!token.startsWith("xoxp-")) {
    return { ok: false, reason: "malformed", message: "This is not a Slack user token: it should start with xoxp-.", remedy: WHERE };
  }
  if (/\s/.test(token)) {
    return { ok: false, reason: "malformed", message: "The token contains spaces or line breaks, so it was probably pasted incompletely.", remedy: WHERE };
  }
  if (token.length < 20 || token.length > 255 || !USER_TOKEN.test(token)) {
    return { ok: false, reason: "malformed", message: "The token starts with xoxp- but the rest does not look like a Slack token (it may be cut off).", remedy: WHERE };
  }
  return { ok: true, token };
}
