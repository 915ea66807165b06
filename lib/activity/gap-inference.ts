import { addDays, dayStart, utcDay } from "./days";
import { profileGroup, type TimeProfiles } from "./time-profile";
import type { AccessLogEntry, Client } from "./types";

/** An entry that grew by more than one access: the latest is at its date_last, the others unseen. */
export interface GapEvidence {
  entry: AccessLogEntry;
  client: Client;
  /** Accesses other than the latest one (count delta − 1). */
  unseen: number;
  /** The entry's date_last before this sync. */
  previousLast: number;
}

export interface InferredDay {
  userId: string;
  day: string;
  client: Client;
  ip: string;
  probability: number;
}

export interface GapModel {
  /** Chance that a person works on a given day when nothing else is known. */
  dayPrior: number;
  /** Accesses on a working day. */
  accessesPerDay: number;
  /** A day is recorded only when at least this likely. */
  threshold: number;
}

export const DEFAULT_GAP_MODEL: GapModel = { dayPrior: 0.7, accessesPerDay: 3, threshold: 0.5 };

function poisson(k: number, lambda: number): number {
  if (lambda <= 0) return k === 0 ? 1 : 0;
  let p = Math.exp(-lambda);
  for (let i = 1; i <= k; i++) p *= lambda / i;
  return p;
}

/**
 * Whether a user's unseen accesses since the last sync probably included the UTC day before their
 * latest access. Between two syncs Slack tells us, per entry, only the new date_last and how many
 * accesses were added. When the span since the previous sync (`since`) crosses midnight UTC, the
 * accesses we did not see may have fallen on either side. We place them with the IP region's time
 * profile (when people there are usually active) and split time into working days at the profile's
 * quiet hours:
 * - accesses in the working day of the latest access are spread over it by the profile;
 * - the previous working day contributes only if it was active: likely when the person was already seen
 *   in it before the sync, unlikely when they were not although much of it had passed (Poisson
 *   likelihood of missing it), and weighed by how well each case explains the number of unseen accesses.
 * Only that one day can be inferred; a longer gap between syncs stays unknown.
 */
export function inferGapDays(
  evidence: readonly GapEvidence[],
  since: number,
  lastSeenBefore: ReadonlyMap<string, number>,
  profiles: TimeProfiles,
  model: GapModel = DEFAULT_GAP_MODEL,
): InferredDay[] {
  const byUser = new Map<string, GapEvidence[]>();
  for (const g of evidence) {
    const list = byUser.get(g.entry.userId);
    if (list) list.push(g);
    else byUser.set(g.entry.userId, [g]);
  }
  const out: InferredDay[] = [];
  for (const [userId, list] of byUser) {
    const latest = list.reduce((a, b) => (b.entry.dateLast > a.entry.dateLast ? b : a));
    const last = latest.entry.dateLast;
    const midnight = dayStart(utcDay(last));
    if (since >= midnight) continue;
    // Only accesses that may lie before midnight count; the others are certainly on the last day.
    const unseen = list.reduce((n, g) => n + (Math.max(g.previousLast, since) < midnight ? g.unseen : 0), 0);
    if (unseen <= 0) continue;
    const profile = profiles.get(profileGroup(latest.entry.country, latest.entry.region));
    const boundary = profile.dayStartBefore(last);
    const lo = since;
    const n = model.accessesPerDay;
    // Working day of the latest access (L2) and the one before it (L1).
    const l2From = Math.max(lo, boundary);
    const m2 = profile.mass(l2From, last);
    const m1 = lo < boundary ? profile.mass(lo, boundary) : 0;
    let pL1 = 0;
    if (m1 > 0) {
      const seenInL1 = (lastSeenBefore.get(userId) ?? -Infinity) >= boundary - 86_400;
      const missed = Math.exp(-n * profile.mass(boundary - 86_400, lo));
      const prior = seenInL1 ? 1 : (model.dayPrior * missed) / (model.dayPrior * missed + 1 - model.dayPrior);
      const ifActive = prior * poisson(unseen, n * (m1 + m2));
      const ifIdle = (1 - prior) * poisson(unseen, n * m2);
      pL1 = ifActive + ifIdle > 0 ? ifActive / (ifActive + ifIdle) : prior;
    }
    const qActive = m1 + m2 > 0 ? profile.mass(lo, Math.min(midnight, last)) / (m1 + m2) : 0;
    const qIdle = m2 > 0 && l2From < midnight ? profile.mass(l2From, midnight) / m2 : 0;
    const pInactive = pL1 * Math.pow(1 - Math.min(1, qActive), unseen) + (1 - pL1) * Math.pow(1 - Math.min(1, qIdle), unseen);
    const probability = 1 - pInactive;
    if (probability < model.threshold) continue;
    // The entry that most likely carried those accesses lends the day its client and IP.
    const carrier = list.reduce((a, b) => (b.unseen > a.unseen ? b : a));
    out.push({ userId, day: addDays(utcDay(last), -1), client: carrier.client, ip: carrier.entry.ip, probability });
  }
  return out;
}
