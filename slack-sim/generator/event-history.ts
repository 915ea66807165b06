import { DAY_SECONDS, dayIndexOf } from "../core/time";
import { EventBuffer } from "../model/event-store";
import type { SimUser } from "../model/types";
import type { Workspace } from "../model/workspace";
import { DayEventGenerator, MAX_EVENTS_PER_DAY } from "./day-events";

const dayEvents = new DayEventGenerator();

/**
 * Days are generated one past the clock's UTC day: a local day's events can fall up to ~14 hours into
 * the next UTC day, so this guarantees every event at or before the clock exists.
 */
export function horizonDay(clock: number): number {
  return dayIndexOf(clock) + 1;
}

/** Generates every user's events from the start of the history window through the clock's horizon. */
export function generateInitialHistory(ws: Workspace, clock: number): void {
  const fromDay = dayIndexOf(ws.genesis - ws.historyDays * DAY_SECONDS) - 1;
  const toDay = horizonDay(clock);
  const maxEventsPerUser = (toDay - fromDay + 1) * MAX_EVENTS_PER_DAY;
  for (const user of ws.users) {
    dayEvents.generate(user, fromDay, toDay, -1, ws.events.beginUser(maxEventsPerUser));
    ws.events.endUser(user.index);
    ws.accessLogs.foldUser(user.index, clock);
  }
  ws.accessLogs.markFoldedTo(clock);
  ws.generatedThroughDay = toDay;
}

/** Generates the days between the previous horizon and the new clock's horizon. */
export function extendHistory(ws: Workspace, clock: number): void {
  const toDay = horizonDay(clock);
  if (toDay <= ws.generatedThroughDay) return;
  const fromDay = ws.generatedThroughDay + 1;
  const buffer = new EventBuffer();
  for (const user of ws.users) {
    buffer.clear();
    dayEvents.generate(user, fromDay, toDay, ws.events.lastTime(user.index), buffer);
    ws.events.appendAll(user.index, buffer);
  }
  ws.generatedThroughDay = toDay;
}

/**
 * (Re)generates a user's events after `after` up to the current horizon: used when a user is added or
 * reactivated. Days are regenerated from their seeds and filtered, so the result is deterministic.
 */
export function resumeUserHistory(ws: Workspace, user: SimUser, after: number): void {
  if (user.index === ws.events.userCount()) ws.events.addUser(user.index, new EventBuffer());
  const fromDay = dayIndexOf(after) - 1;
  const floor = Math.max(after, ws.events.lastTime(user.index));
  const buffer = new EventBuffer();
  dayEvents.generate(user, fromDay, ws.generatedThroughDay, floor, buffer);
  ws.events.appendAll(user.index, buffer);
}
