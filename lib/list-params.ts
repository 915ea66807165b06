import { z } from "zod";

/**
 * Query-string parameters for server-side lists. Anything malformed falls back to a default
 * instead of failing the page: a hand-edited URL should still show a list.
 */
export function listParamsSchema<S extends readonly [string, ...string[]]>(sortColumns: S, defaultSort: S[number]) {
  return z.object({
    q: z.string().trim().max(200).catch(""),
    sort: z.enum(sortColumns).catch(defaultSort),
    dir: z.enum(["asc", "desc"]).catch("asc"),
    page: z.coerce.number().int().min(1).max(1_000_000).catch(1),
    pageSize: z.coerce.number().int().refine((n) => [25, 50, 100].includes(n)).catch(50),
  });
}

export type SearchParams = Record<string, string | string[] | undefined>;

export function firstValues(sp: SearchParams): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {};
  for (const [k, v] of Object.entries(sp)) out[k] = Array.isArray(v) ? v[0] : v;
  return out;
}

/** Escapes LIKE wildcards so a search for "50%" means the text "50%". */
export function likePattern(q: string): string {
  return `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
