import { SCIM_FILTER_ERROR_CODES } from "@/lib/slack/error-messages";
import type { ListEnv } from "./list-env";
import { text } from "./map-webapi";
import type { ScimUser } from "./map-scim";
import { SlackRequestRefused } from "./retry";
import { pageScim, type ScimTarget } from "./scim-paging";

/**
 * Slack's SCIM user has no guest marker outside Enterprise plans, but Slack documents two membership
 * filters that select guests: `restricted` (multi-channel) and `ultra_restricted` (single-channel).
 */
export const GUEST_FILTERS = {
  multi: 'restricted eq "1"',
  single: 'ultra_restricted eq "1"',
} as const;

/** Ids of the guests SCIM listed; null when Slack refused the filter, so SCIM said nothing either way. */
export interface ScimGuests {
  multi: ReadonlySet<string> | null;
  single: ReadonlySet<string> | null;
}

/**
 * The admin's account filter narrowed to guests. Their filter is wrapped in parentheses so an `or` in
 * it cannot swallow the guest condition (`a or b and restricted…` would bind as `a or (b and …)`).
 */
export function guestFilter(accountFilter: string, guestCondition: string): string {
  const own = accountFilter.trim();
  return own ? `(${own}) and ${guestCondition}` : guestCondition;
}

const KIND_WORDS = { multi: "multi-channel", single: "single-channel" } as const;

function refusedNote(kind: keyof typeof GUEST_FILTERS, filter: string, code: string): string {
  return `Slack's SCIM API rejected the guest filter ${filter} (${code}), so it did not say who is a ${KIND_WORDS[kind]} guest: they count as members in this run unless users.list says otherwise.`;
}

const isFilterRefusal = (error: unknown): error is SlackRequestRefused =>
  error instanceof SlackRequestRefused && SCIM_FILTER_ERROR_CODES.has(error.slack.code ?? "");

/**
 * Pages one filtered /Users listing for ids only. A filter Slack refuses does not fail the run: the
 * accounts keep what the plain listing said (members) and the run carries a note saying why.
 */
async function listGuestIds(env: ListEnv, t: ScimTarget, kind: keyof typeof GUEST_FILTERS, listingsLeft: number): Promise<ReadonlySet<string> | null> {
  const filter = guestFilter(t.accountFilter, GUEST_FILTERS[kind]);
  try {
    const rows = await pageScim<ScimUser, { nativeId: string }>(env, t, "Users", filter, (u) => (text(u.id) ? { nativeId: u.id! } : null), async (collected) => {
      env.stats.guestPages++;
      await env.progress.guestsListed(KIND_WORDS[kind], collected, listingsLeft);
    });
    return new Set(rows.map((r) => r.nativeId));
  } catch (error) {
    if (!isFilterRefusal(error)) throw error;
    env.progress.note(refusedNote(kind, filter, error.slack.code ?? "filter error"));
    return null;
  }
}

export const IGNORED_GUEST_FILTERS_NOTE =
  "Slack's SCIM API returned every account for both guest filters, so it seems to ignore them: guests count as members in this run unless users.list says otherwise.";

/**
 * Slack documents these filters for SCIM v1.1 and calls filtering "not applicable" to v2.0. A server
 * that ignores them answers every account twice, which would make everyone a guest; nobody can be both
 * a multi- and a single-channel guest, so two complete answers mean the filters were not applied.
 */
export function guestFiltersIgnored(guests: ScimGuests, listed: ReadonlySet<string>): boolean {
  const complete = (ids: ReadonlySet<string> | null) => ids !== null && ids.size === listed.size && [...ids].every((id) => listed.has(id));
  return listed.size > 0 && complete(guests.multi) && complete(guests.single);
}

export async function listScimGuests(env: ListEnv, t: ScimTarget, listed: ReadonlySet<string>): Promise<ScimGuests> {
  const guests = { multi: await listGuestIds(env, t, "multi", 1), single: await listGuestIds(env, t, "single", 0) };
  if (!guestFiltersIgnored(guests, listed)) return guests;
  env.progress.note(IGNORED_GUEST_FILTERS_NOTE);
  return { multi: null, single: null };
}
