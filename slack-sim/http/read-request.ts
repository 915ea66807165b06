import type { IncomingMessage } from "node:http";

const MAX_BODY_BYTES = 1_000_000;

export async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new Error("request body too large");
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString("utf8");
}

export function bearerToken(req: IncomingMessage): string | undefined {
  const header = req.headers.authorization;
  if (!header) return undefined;
  const match = /^Bearer\s+(.+)$/i.exec(header.trim());
  return match ? match[1].trim() : undefined;
}

export type ParsedBody =
  | { ok: true; params: Record<string, string>; json: unknown }
  | { ok: false; error: "invalid_json" | "json_not_object" | "invalid_form_data" };

/**
 * Web API arguments from a form or JSON body. JSON values are turned into the strings a form would
 * carry (booleans as "true", objects as JSON), so handlers parse one representation.
 */
export function parseBody(contentType: string | undefined, body: string): ParsedBody {
  const type = (contentType ?? "").split(";")[0].trim().toLowerCase();
  if (body.length === 0) return { ok: true, params: {}, json: undefined };
  if (type === "application/json") {
    let json: unknown;
    try {
      json = JSON.parse(body);
    } catch {
      return { ok: false, error: "invalid_json" };
    }
    if (typeof json !== "object" || json === null || Array.isArray(json)) return { ok: false, error: "json_not_object" };
    const params: Record<string, string> = {};
    for (const [k, v] of Object.entries(json)) {
      if (v === undefined || v === null) continue;
      params[k] = typeof v === "string" ? v : typeof v === "object" ? JSON.stringify(v) : String(v);
    }
    return { ok: true, params, json };
  }
  if (type === "" || type === "application/x-www-form-urlencoded" || type === "text/plain") {
    return { ok: true, params: Object.fromEntries(new URLSearchParams(body)), json: undefined };
  }
  return { ok: false, error: "invalid_form_data" };
}
