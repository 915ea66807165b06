import type { ServerResponse } from "node:http";

export interface Reply {
  status: number;
  headers: Record<string, string>;
  /** Empty for 204. */
  body: string;
}

export const JSON_TYPE = "application/json; charset=utf-8";

export function jsonReply(status: number, payload: unknown, headers: Record<string, string> = {}): Reply {
  return { status, headers: { "Content-Type": JSON_TYPE, ...headers }, body: JSON.stringify(payload) };
}

/**
 * Writes a reply. With `drop`, the headers promise the full body but the socket is destroyed half-way
 * through it, which is what a client sees when a connection dies mid-response.
 */
export function writeReply(res: ServerResponse, reply: Reply, drop = false): void {
  const bytes = Buffer.from(reply.body, "utf8");
  const headers: Record<string, string | number> = { ...reply.headers };
  if (reply.status !== 204) headers["Content-Length"] = bytes.length;
  res.writeHead(reply.status, headers);
  if (!drop) {
    res.end(reply.status === 204 ? undefined : bytes);
    return;
  }
  res.flushHeaders();
  res.write(bytes.subarray(0, Math.floor(bytes.length / 2)), () => res.destroy());
}
