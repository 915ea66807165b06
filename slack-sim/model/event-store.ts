/**
 * Raw access events, stored compactly: per user, ascending unix seconds (Uint32) and the index of the
 * (client, ip) pair used (Uint8), five bytes an event. The initial history is generated straight into
 * large shared slabs (one allocation per four million events instead of one per user); a user's events
 * move to their own growable arrays only when the clock advances and new events are appended.
 */

const SLAB_EVENTS = 1 << 22;

/** A growable pair of typed arrays: generation scratch space, and the shape of a slab. */
export class EventBuffer {
  times: Uint32Array;
  combos: Uint8Array;
  length = 0;

  constructor(capacity = 1024) {
    this.times = new Uint32Array(capacity);
    this.combos = new Uint8Array(capacity);
  }

  push(time: number, combo: number): void {
    if (this.length === this.times.length) {
      const times = new Uint32Array(this.times.length * 2);
      times.set(this.times);
      const combos = new Uint8Array(this.combos.length * 2);
      combos.set(this.combos);
      this.times = times;
      this.combos = combos;
    }
    this.times[this.length] = time;
    this.combos[this.length] = combo;
    this.length++;
  }

  clear(): void {
    this.length = 0;
  }
}

export class EventStore {
  private readonly times: Uint32Array[] = [];
  private readonly combos: Uint8Array[] = [];
  private readonly lengths: number[] = [];
  /** The current slab, exposed as a buffer so the generator writes events straight into it. */
  private slab = new EventBuffer(0);
  private slabStart = 0;
  private total = 0;

  /**
   * Returns a buffer positioned at the free end of the current slab, with room for at least
   * `maxEvents` more; generate the user's events into it, then call `endUser`. Writing in place saves
   * copying tens of millions of events at start-up.
   */
  beginUser(maxEvents: number): EventBuffer {
    if (this.slab.length + maxEvents > this.slab.times.length) {
      this.slab = new EventBuffer(Math.max(SLAB_EVENTS, maxEvents));
    }
    this.slabStart = this.slab.length;
    return this.slab;
  }

  /** Seals the events written since `beginUser` as the user's history. Users must come in index order. */
  endUser(userIndex: number): void {
    if (userIndex !== this.times.length) throw new Error(`EventStore: expected user ${this.times.length}, got ${userIndex}`);
    const start = this.slabStart;
    const end = this.slab.length;
    this.times.push(this.slab.times.subarray(start, end));
    this.combos.push(this.slab.combos.subarray(start, end));
    this.lengths.push(end - start);
    this.total += end - start;
  }

  /** Stores a user's initial events from a separate buffer (users added later). */
  addUser(userIndex: number, buffer: EventBuffer): void {
    const slab = this.beginUser(buffer.length);
    slab.times.set(buffer.times.subarray(0, buffer.length), slab.length);
    slab.combos.set(buffer.combos.subarray(0, buffer.length), slab.length);
    slab.length += buffer.length;
    this.endUser(userIndex);
  }

  /** Appends a batch of later events to one user's history. */
  appendAll(userIndex: number, buffer: EventBuffer): void {
    for (let i = 0; i < buffer.length; i++) this.append(userIndex, buffer.times[i], buffer.combos[i]);
  }

  append(userIndex: number, time: number, combo: number): void {
    const len = this.lengths[userIndex];
    let times = this.times[userIndex];
    if (len > 0 && times[len - 1] > time) throw new Error("EventStore: events must be appended in time order");
    if (len === times.length) {
      const capacity = len + Math.max(64, len >> 2);
      const grownTimes = new Uint32Array(capacity);
      grownTimes.set(times.subarray(0, len));
      const grownCombos = new Uint8Array(capacity);
      grownCombos.set(this.combos[userIndex].subarray(0, len));
      this.times[userIndex] = times = grownTimes;
      this.combos[userIndex] = grownCombos;
    }
    times[len] = time;
    this.combos[userIndex][len] = combo;
    this.lengths[userIndex] = len + 1;
    this.total++;
  }

  userCount(): number {
    return this.lengths.length;
  }

  length(userIndex: number): number {
    return this.lengths[userIndex];
  }

  /** The user's backing arrays (valid up to `length(userIndex)`), without allocating a view. */
  rawTimes(userIndex: number): Uint32Array {
    return this.times[userIndex];
  }

  rawCombos(userIndex: number): Uint8Array {
    return this.combos[userIndex];
  }

  timesOf(userIndex: number): Uint32Array {
    return this.times[userIndex].subarray(0, this.lengths[userIndex]);
  }

  combosOf(userIndex: number): Uint8Array {
    return this.combos[userIndex].subarray(0, this.lengths[userIndex]);
  }

  lastTime(userIndex: number): number {
    const len = this.lengths[userIndex];
    return len === 0 ? -1 : this.times[userIndex][len - 1];
  }

  /** Number of events at or before `time` (binary search; events are sorted). */
  countUpTo(userIndex: number, time: number): number {
    const times = this.times[userIndex];
    let lo = 0;
    let hi = this.lengths[userIndex];
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (times[mid] <= time) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Forgets events after `time`; used when a user is deactivated (their future sign-ins never happen). */
  truncateAfter(userIndex: number, time: number): void {
    const keep = this.countUpTo(userIndex, time);
    this.total -= this.lengths[userIndex] - keep;
    this.lengths[userIndex] = keep;
  }

  totalEvents(): number {
    return this.total;
  }
}
