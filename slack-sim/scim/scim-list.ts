import { jsonReply, type Reply } from "../http/respond";
import { scimError } from "./scim-errors";
import { FilterError, filterAttributes, matchesFilter, parseFilter } from "./scim-filter";
import { SCIM, SCIM_DEFAULT_COUNT, SCIM_MAX_COUNT } from "./scim-schemas";

/**
 * A SCIM list response: 1-based `startIndex`, `count` defaulting to 10 and capped at 1000 (larger values
 * are treated as 1000, per Slack's 2019 pagination change), optional filter.
 */
export function listResources<T>(
  query: URLSearchParams,
  items: readonly T[],
  values: (item: T, attribute: string) => string[] | null,
  toResource: (item: T) => Record<string, unknown>,
): Reply {
  const startRaw = Number.parseInt(query.get("startIndex") ?? "1", 10);
  const countRaw = Number.parseInt(query.get("count") ?? String(SCIM_DEFAULT_COUNT), 10);
  const startIndex = Number.isNaN(startRaw) || startRaw < 1 ? 1 : startRaw;
  const count = Number.isNaN(countRaw) ? SCIM_DEFAULT_COUNT : Math.min(SCIM_MAX_COUNT, Math.max(0, countRaw));

  let matching = items;
  const filterText = query.get("filter");
  if (filterText !== null) {
    try {
      const filter = parseFilter(filterText);
      const sample = items[0];
      for (const attribute of filterAttributes(filter)) {
        if (sample !== undefined && values(sample, attribute) === null) return scimError("invalid_query");
      }
      matching = items.filter((item) => matchesFilter(filter, (attribute) => values(item, attribute)));
    } catch (error) {
      if (error instanceof FilterError) return scimError(error.code);
      throw error;
    }
  }
  const page = matching.slice(startIndex - 1, startIndex - 1 + count);
  return jsonReply(200, {
    schemas: [SCIM.listResponse],
    Resources: page.map(toResource),
    totalResults: matching.length,
    itemsPerPage: page.length,
    startIndex,
  });
}
