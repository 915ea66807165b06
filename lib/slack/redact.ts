/**
 * Slack tokens must never reach a message, a log line or a thrown error. Error texts can come from
 * anywhere (Slack's replies, fetch failures, proxies echoing requests), so every text we show passes
 * through here. Covers user/bot/app/legacy/refresh/config tokens (`xoxp-`, `xoxb-`, `xoxa-`, `xoxo-`,
 * `xoxs-`, `xoxr-`, `xoxe-`, `xoxe.xoxp-`) and app-level tokens (`xapp-`).
 */
// No leading \b: a token glued to other text ("tokenxoxp-…") must be caught too. At least one
// character after the dash, so guidance such as "starts with xoxp-" survives.
const TOKEN_PATTERN = /(?:xox[abposre](?:\.xox[a-z])?|xapp)-[A-Za-z0-9-]+/g;

export const REDACTED = "[redacted token]";

/** Replaces token-shaped substrings, and any exact `secrets` given, with a placeholder. */
export function scrubTokens(text: string, secrets: readonly string[] = []): string {
  let out = text;
  for (const secret of secrets) {
    // Very short "secrets" would blank out ordinary words; real tokens are far longer.
    if (secret.length >= 8) out = out.split(secret).join(REDACTED);
  }
  return out.replace(TOKEN_PATTERN, REDACTED);
}
