import { DAY_SECONDS } from "./days";

/**
 * When in the (UTC) day a group of people is usually active, learned from access-log timestamps.
 *
 * Roll-ups keep only the first and the latest access of each (user, ip, user agent), so a sync that
 * sees an entry grow by several accesses knows when the last one happened but not the others. To
 * decide whether those others probably fell on the previous UTC day, we need to know when people on
 * that network are usually active: a person in California works across midnight UTC, one in
 * Berlin does not. We learn this from the data itself (date_first/date_last of every entry, grouped
 * by the IP's country and region), so no time-zone table is involved.
 */
const BINS = 48;
const BIN_SECONDS = DAY_SECONDS / BINS;
/** Below this many samples a region borrows the organisation-wide profile. */
const MIN_SAMPLES = 24;
/** The quiet hours that separate one working day from the next. */
const QUIET_WINDOW_BINS = 12;

export class TimeProfile {
  /** Cumulative density over one UTC day, BINS + 1 points, from 0 to 1. */
  private readonly cumulative: Float64Array;
  /** Seconds after 00:00 UTC at which this group's day usually starts (the middle of its quiet hours). */
  readonly dayBoundary: number;

  constructor(readonly weights: Float64Array) {
    const total = weights.reduce((a, b) => a + b, 0) || 1;
    this.cumulative = new Float64Array(BINS + 1);
    for (let i = 0; i < BINS; i++) this.cumulative[i + 1] = this.cumulative[i] + weights[i] / total;
    this.dayBoundary = quietestPoint(weights) * BIN_SECONDS;
  }

  /** Share of a day's activity in [0, secondsIntoDay). */
  private within(secondsIntoDay: number): number {
    const x = Math.max(0, Math.min(DAY_SECONDS, secondsIntoDay)) / BIN_SECONDS;
    const i = Math.min(BINS - 1, Math.floor(x));
    return this.cumulative[i] + (this.cumulative[i + 1] - this.cumulative[i]) * (x - i);
  }

  /** Expected activity between two unix times (in days' worth of activity). */
  mass(from: number, to: number): number {
    if (to <= from) return 0;
    const d0 = Math.floor(from / DAY_SECONDS);
    const d1 = Math.floor(to / DAY_SECONDS);
    const a = this.within(from - d0 * DAY_SECONDS);
    const b = this.within(to - d1 * DAY_SECONDS);
    return d1 - d0 + b - a;
  }

  /** The start of this group's working day that contains `t` (the last day boundary at or before it). */
  dayStartBefore(t: number): number {
    const day = Math.floor((t - this.dayBoundary) / DAY_SECONDS);
    return day * DAY_SECONDS + this.dayBoundary;
  }
}

function quietestPoint(weights: Float64Array): number {
  let best = 0;
  let bestMass = Infinity;
  for (let start = 0; start < BINS; start++) {
    let m = 0;
    for (let k = 0; k < QUIET_WINDOW_BINS; k++) m += weights[(start + k) % BINS];
    if (m < bestMass) {
      bestMass = m;
      best = start;
    }
  }
  return (best + QUIET_WINDOW_BINS / 2) % BINS;
}

/** Collects timestamps per group key, then builds smoothed profiles. */
export class TimeProfileBuilder {
  private readonly groups = new Map<string, Float64Array>();
  private readonly all = new Float64Array(BINS);

  add(group: string, unixSeconds: number, weight = 1): void {
    const bin = Math.floor((((unixSeconds % DAY_SECONDS) + DAY_SECONDS) % DAY_SECONDS) / BIN_SECONDS);
    let g = this.groups.get(group);
    if (!g) this.groups.set(group, (g = new Float64Array(BINS)));
    g[bin] += weight;
    this.all[bin] += weight;
  }

  build(): TimeProfiles {
    const fallback = new TimeProfile(smooth(this.all));
    const profiles = new Map<string, TimeProfile>();
    for (const [key, w] of this.groups) {
      if (w.reduce((a, b) => a + b, 0) >= MIN_SAMPLES) profiles.set(key, new TimeProfile(smooth(w)));
    }
    return new TimeProfiles(profiles, fallback);
  }
}

export class TimeProfiles {
  constructor(
    private readonly byGroup: ReadonlyMap<string, TimeProfile>,
    readonly fallback: TimeProfile,
  ) {}

  get(group: string): TimeProfile {
    return this.byGroup.get(group) ?? this.fallback;
  }
}

/** The group an entry's timestamps belong to: where its IP is. */
export function profileGroup(country: string | null, region: string | null): string {
  return `${country ?? ""}/${region ?? ""}`;
}

/** A ±1-bin kernel plus a small floor, so no half hour is impossible. */
function smooth(w: Float64Array): Float64Array {
  const total = w.reduce((a, b) => a + b, 0);
  const floor = total > 0 ? (0.02 * total) / BINS : 1;
  const out = new Float64Array(BINS);
  for (let i = 0; i < BINS; i++) {
    out[i] = 0.25 * w[(i + BINS - 1) % BINS] + 0.5 * w[i] + 0.25 * w[(i + 1) % BINS] + floor;
  }
  return out;
}
