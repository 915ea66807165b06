/**
 * Opaque cursors in Slack's style: base64 of `<kind>:<value>` (Slack's own look like
 * `dXNlcjpVMDYxTkZUVDI=`, i.e. `user:U061NFTT2`).
 */
export function encodeCursor(kind: string, value: string): string {
  return Buffer.from(`${kind}:${value}`, "utf8").toString("base64");
}

/** The value part of a cursor of the given kind, or null if it is not one of ours. */
export function decodeCursor(kind: string, cursor: string): string | null {
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(cursor)) return null;
  const text = Buffer.from(cursor, "base64").toString("utf8");
  return text.startsWith(`${kind}:`) ? text.slice(kind.length + 1) : null;
}
