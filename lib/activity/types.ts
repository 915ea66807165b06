/** Shapes shared by the Activity Insights sync engine and the metrics. */

export type Client = "desktop" | "ios" | "android" | "browser" | "other";
export const CLIENTS: readonly Client[] = ["desktop", "ios", "android", "browser", "other"];

/** One `team.accessLogs` roll-up, normalised (ip '' when Slack reports none). */
export interface AccessLogEntry {
  userId: string;
  username: string | null;
  ip: string;
  userAgent: string;
  /** Unix seconds. */
  dateFirst: number;
  dateLast: number;
  count: number;
  isp: string | null;
  country: string | null;
  region: string | null;
}

/** What we stored for a key when we last saw it. */
export interface StoredEntry {
  userId: string;
  ip: string;
  userAgent: string;
  dateFirst: number;
  dateLast: number;
  count: number;
}

/** What one sync adds to a user's UTC day in activity_days (merged with what is there). */
export interface DayContribution {
  userId: string;
  /** YYYY-MM-DD, UTC. */
  day: string;
  accesses: number;
  clients: Client[];
  ips: string[];
}

export function entryKey(e: { userId: string; ip: string; userAgent: string }): string {
  // \u0001 cannot appear in a Slack id, IP or user agent, so keys never collide.
  return `${e.userId}\u0001${e.ip}\u0001${e.userAgent}`;
}
