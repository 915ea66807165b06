/** Unix-second and UTC-day helpers. Day indexes count whole UTC days since 1970-01-01. */

export const DAY_SECONDS = 86_400;

export function dayIndexOf(unixSeconds: number): number {
  return Math.floor(unixSeconds / DAY_SECONDS);
}

/** 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
export function weekdayOfDay(dayIndex: number): number {
  return (dayIndex + 4) % 7;
}

/** `YYYY-MM-DD` of a unix-second time, in UTC. */
export function utcDate(unixSeconds: number): string {
  return new Date(unixSeconds * 1000).toISOString().slice(0, 10);
}

export function isoTime(unixSeconds: number): string {
  return new Date(unixSeconds * 1000).toISOString().replace(".000Z", "Z");
}

/** Slack's SCIM timestamps carry an explicit offset, e.g. `2022-08-16T12:49:47+00:00`. */
export function scimTime(unixSeconds: number): string {
  return new Date(unixSeconds * 1000).toISOString().replace(".000Z", "+00:00");
}

/** Accepts unix seconds, unix milliseconds, a Date or an ISO string; returns whole unix seconds. */
export function toUnixSeconds(value: Date | number | string): number {
  if (value instanceof Date) return Math.floor(value.getTime() / 1000);
  if (typeof value === "number") return Math.floor(value > 1e11 ? value / 1000 : value);
  const trimmed = value.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return toUnixSeconds(Number(trimmed));
  const ms = Date.parse(trimmed);
  if (Number.isNaN(ms)) throw new Error(`Not a time: ${value}`);
  return Math.floor(ms / 1000);
}

/** The CLI's default clock: now, truncated to the hour, so restarts within an hour agree. */
export function currentHour(): number {
  const now = Math.floor(Date.now() / 1000);
  return now - (now % 3600);
}
