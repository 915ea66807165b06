import type { Prng } from "../core/prng";
import type { SlackIdFactory } from "../core/slack-ids";
import { DAY_SECONDS } from "../core/time";
import type { ActivityPlan, SimTeam, SimUser } from "../model/types";
import { ZONES } from "./network-data";
import { ACQUIRED_DOMAIN_SUFFIX, AVATAR_COLORS, BOT_NAMES, EXTERNAL_DOMAINS, FIRST_NAMES, LAST_NAMES } from "./name-data";
import { isGuestRole, type RoleSlot } from "./roles";

export interface PeopleContext {
  prng: Prng;
  ids: SlackIdFactory;
  team: SimTeam;
  /** Unix seconds of the workspace's generation clock. */
  genesis: number;
  historyDays: number;
}

/** Placeholder until `assignProfiles` fills it in. */
export function blankPlan(): ActivityPlan {
  return {
    kind: "none", activeFrom: 0, lastDay: -Infinity, fadeFromDay: 0, gapFromDay: 0, gapToDay: 0,
    travelFromDay: 0, travelToDay: 0, weeklyDay: 1, minEvents: 1, maxEvents: 1, workStart: 9 * 3600, workEnd: 17 * 3600,
  };
}

function hex(prng: Prng, length: number): string {
  let out = "";
  for (let i = 0; i < length; i++) out += "0123456789abcdef"[prng.int(0, 15)];
  return out;
}

/** Slack usernames: lowercase, [a-z0-9._-], at most 21 characters (SCIM's userName limit). */
function toUsername(localPart: string): string {
  return localPart.toLowerCase().replace(/[^a-z0-9._-]/g, "_").slice(0, 21);
}

function asciiLocal(first: string, last: string): string {
  return `${first}.${last}`.toLowerCase().replace(/[^a-z0-9.]/g, "");
}

/**
 * Creates the accounts (without behaviour or devices) from role slots: names, emails, usernames, time
 * zones, creation dates. Emails are unique; a few people sit on other domains or have no email at all.
 */
export function createPeople(slots: RoleSlot[], ctx: PeopleContext, startIndex = 0): SimUser[] {
  const { prng, team } = ctx;
  const users: SimUser[] = [];
  const zoneWeights = ZONES.map((z) => z.weight);
  const acquiredDomain = team.domain.replace(/\..*$/, "") + ACQUIRED_DOMAIN_SUFFIX;
  let botCounter = 0;

  slots.forEach((slot, i) => {
    const index = startIndex + i;
    const zone = ZONES[prng.weightedIndex(zoneWeights)];
    const idPrefix = team.plan === "enterprise" ? "W" : "U";
    const base: SimUser = {
      index, id: ctx.ids.next(slot.role === "bot" ? "U" : idPrefix), name: "", realName: "", firstName: "", lastName: "",
      displayName: "", email: null, title: "", department: "", employeeId: null, managerId: null, role: slot.role,
      invited: slot.invited, deleted: slot.deactivated, deactivatedAt: null, createdAt: 0, updated: 0,
      tz: zone.tz, tzLabel: zone.label, tzOffset: zone.offsetSeconds, color: AVATAR_COLORS[prng.int(0, AVATAR_COLORS.length - 1)],
      avatarHash: "g" + hex(prng, 11), has2fa: prng.chance(0.6), botId: null, appId: null, plan: blankPlan(),
      clients: [], ips: [], combos: [], blackouts: [], identity: "orphan", lifecycle: "active", eventSeed: 0, entryBase: 0,
    };
    // Accounts predate the history window by up to four years; `assignProfiles` moves some joiners later.
    base.createdAt = ctx.genesis - (ctx.historyDays + prng.int(1, 1460)) * DAY_SECONDS - prng.int(0, DAY_SECONDS - 1);

    if (slot.role === "bot") {
      const bot = BOT_NAMES[botCounter % BOT_NAMES.length];
      const suffix = botCounter >= BOT_NAMES.length ? String(Math.floor(botCounter / BOT_NAMES.length) + 1) : "";
      botCounter++;
      base.name = toUsername(bot.name + suffix);
      base.realName = bot.realName + (suffix ? ` ${suffix}` : "");
      base.firstName = base.realName;
      base.botId = ctx.ids.next("B");
      base.appId = ctx.ids.next("A");
      base.has2fa = false;
      users.push(base);
      return;
    }

    const first = prng.pick(FIRST_NAMES);
    const last = prng.pick(LAST_NAMES);
    base.firstName = first;
    base.lastName = last;
    base.realName = `${first} ${last}`;
    const style = prng.next();
    base.displayName = style < 0.4 ? base.realName : style < 0.7 ? first : "";

    const local = asciiLocal(first, last);
    const roll = prng.next();
    const privileged = slot.role === "primary_owner" || slot.role === "owner" || slot.role === "admin";
    if (!privileged && !slot.invited && roll < 0.01) {
      base.email = null; // e.g. an account created before email was mandatory for the workspace's SSO
    } else if (isGuestRole(slot.role) && roll < 0.55) {
      const domain = EXTERNAL_DOMAINS[prng.int(0, EXTERNAL_DOMAINS.length - 1)];
      base.email = `${domain === "gmail.com" || domain === "outlook.com" ? local.replace(".", "") : local}@${domain}`;
    } else if (!privileged && roll > 0.985) {
      base.email = `${local}@${acquiredDomain}`;
    } else {
      base.email = `${local}@${team.emailDomain}`;
    }
    base.name = toUsername(base.email ? base.email.split("@")[0] : local);
    users.push(base);
  });
  return users;
}

/** Makes emails and usernames unique by appending a counter, the way a directory would. */
export function dedupePeople(users: SimUser[], taken: { emails: Set<string>; names: Set<string> }): void {
  // Remembers the next suffix per base so a 100k workspace does not probe 2, 3, 4… for every duplicate.
  const nextSuffix = new Map<string, number>();
  const unique = (base: string, has: (v: string) => boolean, make: (n: number) => string): string => {
    if (!has(base)) return base;
    let n = nextSuffix.get(base) ?? 2;
    let candidate = make(n);
    while (has(candidate)) candidate = make(++n);
    nextSuffix.set(base, n + 1);
    return candidate;
  };
  for (const u of users) {
    if (u.email) {
      const [local, domain] = u.email.split("@");
      u.email = unique(u.email.toLowerCase(), (v) => taken.emails.has(v), (n) => `${local}${n}@${domain}`);
      taken.emails.add(u.email);
    }
    const base = u.name;
    u.name = unique(base, (v) => taken.names.has(v), (n) => toUsername(base.slice(0, 21 - String(n).length) + n));
    taken.names.add(u.name);
  }
}

/** Slackbot: present in every workspace's users.list, never signs in, not a SCIM user. */
export function createSlackbot(index: number): SimUser {
  return {
    index, id: "USLACKBOT", name: "slackbot", realName: "Slackbot", firstName: "slackbot", lastName: "", displayName: "Slackbot",
    email: null, title: "", department: "", employeeId: null, managerId: null, role: "slackbot", invited: false, deleted: false,
    deactivatedAt: null, createdAt: 0, updated: 0, tz: "America/Los_Angeles", tzLabel: "Pacific Standard Time", tzOffset: -28800,
    color: "757575", avatarHash: "sv41d8cd98f0", has2fa: false, botId: null, appId: null, plan: blankPlan(), clients: [], ips: [],
    combos: [], blackouts: [], identity: "orphan", lifecycle: "active", eventSeed: 0, entryBase: 0,
  };
}
