import { mix32, Prng } from "../core/prng";
import { DAY_SECONDS, weekdayOfDay } from "../core/time";
import type { EventBuffer } from "../model/event-store";
import type { ActivityPlan, SimUser } from "../model/types";
import { isMobile } from "./client-data";

const DAY = DAY_SECONDS;
const MOBILE_START = 7 * 3600;
const MOBILE_END = 22.5 * 3600;
/** Upper bound of events per user-day (profiles draw at most 7); sizes scratch space. */
export const MAX_EVENTS_PER_DAY = 32;

/** Chance that the user signs in at all on `day` (a local calendar day). */
function dayProbability(plan: ActivityPlan, day: number): number {
  const weekday = weekdayOfDay(day);
  const weekend = weekday === 0 || weekday === 6;
  switch (plan.kind) {
    case "daily": return weekend ? 0.35 : 0.96;
    case "weekdays": return weekend ? 0 : 0.9;
    case "weekly": return weekday === plan.weeklyDay ? 0.85 : 0;
    case "fading": {
      if (weekend) return 0;
      if (day < plan.fadeFromDay) return 0.88;
      return (0.88 * (plan.lastDay - day)) / Math.max(1, plan.lastDay - plan.fadeFromDay);
    }
    case "returning":
      if (day >= plan.gapFromDay && day <= plan.gapToDay) return 0;
      return weekend ? 0.05 : 0.88;
    case "dormant_30":
    case "dormant_60":
    case "dormant_90": return weekend ? 0.05 : 0.85;
    case "traveller": {
      const away = day >= plan.travelFromDay && day <= plan.travelToDay;
      return away ? (weekend ? 0.5 : 0.95) : weekend ? 0.1 : 0.92;
    }
    default: return 0;
  }
}

/** Dormant and fading users always sign in on their last day, so "dormant for N days" is exact. */
function forcedActive(plan: ActivityPlan, day: number): boolean {
  return day === plan.lastDay && (plan.kind === "fading" || plan.kind.startsWith("dormant"));
}

function inBlackout(user: SimUser, time: number): boolean {
  for (const [from, to] of user.blackouts) if (time >= from && time < to) return true;
  return false;
}

/** Cumulative weights of the combos usable at home (or abroad), for weighted picks. */
function comboTable(user: SimUser, travel: boolean): { indexes: Uint8Array; cumulative: Float64Array } {
  const picked = user.combos.map((c, i) => ({ c, i })).filter(({ c }) => c.travel === travel);
  const indexes = new Uint8Array(picked.length);
  const cumulative = new Float64Array(picked.length);
  let total = 0;
  picked.forEach(({ c, i }, k) => {
    total += c.weight;
    indexes[k] = i;
    cumulative[k] = total;
  });
  return { indexes, cumulative };
}

/**
 * Generates a user's access events day by day. Each (user, day) pair has its own random stream seeded
 * from the user's seed and the day index, so any day can be (re)generated in isolation and yields the
 * same events whether it was produced at start-up or later when the clock advanced.
 */
export class DayEventGenerator {
  private readonly dayTimes = new Float64Array(MAX_EVENTS_PER_DAY);
  private readonly dayCombos = new Uint8Array(MAX_EVENTS_PER_DAY);
  /** Reseeded for every (user, day); an object field keeps the int32 state unboxed in the hot loop. */
  private readonly prng = new Prng(0);

  /**
   * Pushes the user's events of days [fromDay, toDay] whose time is greater than `after`. The output is
   * always an EventBuffer (never an interface) so the hot push stays monomorphic and inlined.
   */
  generate(user: SimUser, fromDay: number, toDay: number, after: number, out: EventBuffer): void {
    const plan = user.plan;
    if (plan.lastDay === -Infinity || user.combos.length === 0) return;
    let lastDay = Math.min(toDay, plan.lastDay);
    // An open-ended deactivation ends all activity; skip the days after it instead of filtering them.
    for (const [from, to] of user.blackouts) if (to === Infinity) lastDay = Math.min(lastDay, Math.floor(from / DAY) + 1);
    const home = comboTable(user, false);
    const travel = comboTable(user, true);
    const mobile = Uint8Array.from(user.combos, (c) => (isMobile(user.clients[c.client].kind) ? 1 : 0));
    const isTraveller = plan.kind === "traveller" && travel.indexes.length > 0;
    const minTime = Math.max(after + 1, plan.activeFrom);
    const firstDay = Math.max(fromDay, Math.floor((plan.activeFrom + user.tzOffset) / DAY) - 1);
    const hasBlackouts = user.blackouts.length > 0;
    const { minEvents, workStart, workEnd } = plan;
    const eventRange = plan.maxEvents - minEvents + 1;
    const workSpan = workEnd - workStart;
    const mobileSpan = MOBILE_END - MOBILE_START;
    const times = this.dayTimes;
    const combos = this.dayCombos;
    const prng = this.prng;

    for (let day = firstDay; day <= lastDay; day++) {
      const p = dayProbability(plan, day);
      const forced = day === plan.lastDay && forcedActive(plan, day);
      // Days that cannot be active skip the reseed entirely (weekends of weekday users, most of a weekly user's week).
      if (p === 0 && !forced) continue;
      prng.reseed(mix32(user.eventSeed, day));
      if (!(prng.next() < p) && !forced) continue;

      const table = isTraveller && day >= plan.travelFromDay && day <= plan.travelToDay ? travel : home;
      const cumulative = table.cumulative;
      const last = cumulative.length - 1;
      const total = cumulative[last];
      const dayBase = day * DAY - user.tzOffset;
      const n = minEvents + Math.floor(prng.next() * eventRange);
      for (let i = 0; i < n; i++) {
        const target = prng.next() * total;
        let k = 0;
        while (k < last && target >= cumulative[k]) k++;
        const combo = table.indexes[k];
        const time = mobile[combo] === 1
          ? dayBase + MOBILE_START + Math.floor(prng.next() * mobileSpan)
          : dayBase + workStart + Math.floor(prng.next() * workSpan);
        // Insertion sort keeps the (tiny) day in time order.
        let j = i;
        while (j > 0 && times[j - 1] > time) {
          times[j] = times[j - 1];
          combos[j] = combos[j - 1];
          j--;
        }
        times[j] = time;
        combos[j] = combo;
      }
      for (let i = 0; i < n; i++) {
        const time = times[i];
        if (time < minTime) continue;
        if (hasBlackouts && inBlackout(user, time)) continue;
        out.push(time, combos[i]);
      }
    }
  }
}
