/**
 * Field-level check of a pasted Slack token, before anything is stored or sent: a bot token or
 * something that is not a token at all is rejected next to the field.
 */
export function tokenFieldError(token: string): string | null {
  const t = token.trim();
  if (!t) return "Paste the User OAuth Token (it starts with xoxp-).";
  if (t.startsWith("xoxb-")) return "This is a bot token. Use the User OAuth Token (xoxp-) from Install App.";
  if (/\s/.test(t)) return "The token must not contain spaces or line breaks.";
  if (!/^xoxp-[A-Za-z0-9-]{10,}$/.test(t)) return "This does not look like a Slack user token: it should start with xoxp- and contain only letters, digits and dashes.";
  return null;
}
