import type { EventStore } from "./event-store";

const ID_BITS = 2 ** 21;

export interface AccessLogEntry {
  entryId: number;
  userIndex: number;
  combo: number;
  dateFirst: number;
  dateLast: number;
  count: number;
}

/**
 * Slack's access-log roll-ups (one per user × ip × user agent) computed from raw events as of a clock.
 * Entries are preallocated per (user, combo) and become visible once their first event is at or before
 * the clock. Because the clock only moves forward, `ensure` folds in just the events since the last call;
 * the date_last-descending order is rebuilt lazily, once per change, with a native numeric sort.
 */
export class AccessLogIndex {
  private capacity = 0;
  private entryUser = new Uint32Array(0);
  private entryCombo = new Uint8Array(0);
  private first = new Uint32Array(0);
  private last = new Uint32Array(0);
  private count = new Uint32Array(0);
  private entries = 0;
  /** Per user: how many of their events are already folded in. */
  private scanned: number[] = [];
  /** Per user: their first entry id. */
  private bases: number[] = [];
  private asOf = -Infinity;
  private sortedIds: Uint32Array | null = null;
  private sortedLast = new Uint32Array(0);

  constructor(private readonly events: EventStore) {}

  /** Reserves entry ids for a user's combos; returns the first id. */
  registerUser(userIndex: number, comboCount: number): number {
    if (userIndex !== this.scanned.length) throw new Error("AccessLogIndex: users must be registered in order");
    const base = this.entries;
    this.grow(base + comboCount);
    for (let c = 0; c < comboCount; c++) {
      this.entryUser[base + c] = userIndex;
      this.entryCombo[base + c] = c;
    }
    this.entries += comboCount;
    this.scanned.push(0);
    this.bases.push(base);
    return base;
  }

  /** Folds in every event at or before `clock`. */
  ensure(clock: number): void {
    if (clock === this.asOf) return;
    if (clock < this.asOf) this.reset();
    let changed = false;
    for (let u = 0; u < this.scanned.length; u++) changed = this.foldUser(u, clock) || changed;
    this.asOf = clock;
    if (changed) this.sortedIds = null;
  }

  /**
   * Folds one user's events up to `clock`. Generation calls this right after producing a user's events
   * (while they are still in cache); `ensure` then only has to notice there is nothing left to do.
   */
  foldUser(u: number, clock: number): boolean {
    const times = this.events.rawTimes(u);
    const length = this.events.length(u);
    let i = this.scanned[u];
    if (i >= length || times[i] > clock) return false;
    const combos = this.events.rawCombos(u);
    const base = this.bases[u];
    const first = this.first;
    const last = this.last;
    const count = this.count;
    for (; i < length && times[i] <= clock; i++) {
      const e = base + combos[i];
      if (count[e] === 0) first[e] = times[i];
      last[e] = times[i];
      count[e]++;
    }
    this.scanned[u] = i;
    this.sortedIds = null;
    return true;
  }

  /** Records that every user has been folded up to `clock` (after per-user `foldUser` calls). */
  markFoldedTo(clock: number): void {
    this.asOf = clock;
  }

  /** Visible entries in Slack's order: date_last descending, then entry id ascending. */
  sorted(): { ids: Uint32Array; lasts: Uint32Array } {
    if (!this.sortedIds) this.rebuildOrder();
    return { ids: this.sortedIds!, lasts: this.sortedLast };
  }

  entry(entryId: number): AccessLogEntry {
    return {
      entryId, userIndex: this.entryUser[entryId], combo: this.entryCombo[entryId],
      dateFirst: this.first[entryId], dateLast: this.last[entryId], count: this.count[entryId],
    };
  }

  /** First position whose date_last is at or before `before` (Slack's inclusive `before`). */
  positionAtOrBefore(before: number): number {
    const { lasts } = this.sorted();
    let lo = 0;
    let hi = lasts.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (lasts[mid] > before) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** First position strictly after the entry (dateLast, entryId) in listing order; used by cursors. */
  positionAfter(dateLast: number, entryId: number): number {
    const { ids, lasts } = this.sorted();
    let lo = 0;
    let hi = ids.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const after = lasts[mid] < dateLast || (lasts[mid] === dateLast && ids[mid] > entryId);
      if (after) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }

  private rebuildOrder(): void {
    let visible = 0;
    for (let e = 0; e < this.entries; e++) if (this.count[e] > 0) visible++;
    const ids = new Uint32Array(visible);
    const lasts = new Uint32Array(visible);
    if (this.entries < ID_BITS) {
      // Pack (−date_last, id) into one exact double so a plain numeric sort gives the listing order.
      const keys = new Float64Array(visible);
      let k = 0;
      for (let e = 0; e < this.entries; e++) if (this.count[e] > 0) keys[k++] = -this.last[e] * ID_BITS + e;
      keys.sort();
      for (let i = 0; i < visible; i++) {
        const id = keys[i] - Math.floor(keys[i] / ID_BITS) * ID_BITS;
        ids[i] = id;
        lasts[i] = this.last[id];
      }
    } else {
      let k = 0;
      for (let e = 0; e < this.entries; e++) if (this.count[e] > 0) ids[k++] = e;
      ids.sort((a, b) => this.last[b] - this.last[a] || a - b);
      for (let i = 0; i < visible; i++) lasts[i] = this.last[ids[i]];
    }
    this.sortedIds = ids;
    this.sortedLast = lasts;
  }

  private reset(): void {
    this.first.fill(0);
    this.last.fill(0);
    this.count.fill(0);
    this.scanned.fill(0);
    this.asOf = -Infinity;
    this.sortedIds = null;
  }

  private grow(needed: number): void {
    if (needed <= this.capacity) return;
    const capacity = Math.max(needed, this.capacity * 2, 1024);
    const resize = <T extends Uint32Array | Uint8Array>(old: T, make: (n: number) => T): T => {
      const next = make(capacity);
      next.set(old);
      return next;
    };
    this.entryUser = resize(this.entryUser, (n) => new Uint32Array(n));
    this.entryCombo = resize(this.entryCombo, (n) => new Uint8Array(n));
    this.first = resize(this.first, (n) => new Uint32Array(n));
    this.last = resize(this.last, (n) => new Uint32Array(n));
    this.count = resize(this.count, (n) => new Uint32Array(n));
    this.capacity = capacity;
  }
}
