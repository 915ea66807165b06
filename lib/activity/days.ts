/** UTC-day arithmetic on YYYY-MM-DD strings and unix seconds; activity is counted per UTC day. */

export const DAY_SECONDS = 86_400;

/** YYYY-MM-DD (UTC) of a unix-seconds time. */
export function utcDay(unixSeconds: number): string {
  return new Date(unixSeconds * 1000).toISOString().slice(0, 10);
}

/** Unix seconds of 00:00 UTC of a YYYY-MM-DD day. */
export function dayStart(day: string): number {
  return Date.parse(`${day}T00:00:00Z`) / 1000;
}

export function addDays(day: string, n: number): string {
  return utcDay(dayStart(day) + n * DAY_SECONDS);
}

/** Whole days from `a` to `b` (positive when b is later). */
export function daysBetween(a: string, b: string): number {
  return Math.round((dayStart(b) - dayStart(a)) / DAY_SECONDS);
}

export function dayOfDate(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/** YYYY-MM-01 of the month containing `day`. */
export function monthOf(day: string): string {
  return `${day.slice(0, 7)}-01`;
}

/** The first days of the `n` months ending with the month of `day`, oldest first. */
export function lastMonths(day: string, n: number): string[] {
  const [y, m] = day.split("-").map(Number);
  const out: string[] = [];
  for (let i = n - 1; i >= 0; i--) {
    const d = new Date(Date.UTC(y, m - 1 - i, 1));
    out.push(d.toISOString().slice(0, 10));
  }
  return out;
}

/** Days in the month starting at `monthStart` (YYYY-MM-01). */
export function daysInMonth(monthStart: string): number {
  const [y, m] = monthStart.split("-").map(Number);
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}
