import type { Principal } from '../domain/access.ts';
import { formatInstantWithOffset } from '../domain/calendar/index.ts';
import type { DbOrTx } from '../store/db.ts';
import { userSettings } from '../store/workspace.store.ts';
import { getWorklist } from './get-worklist.ts';

/** Whose day it is: a collector's own; a manager may look at a collector's (or, with no one named, all). */
export function assigneeOf(principal: Principal, assigneeId?: string): string | undefined {
  return principal.role === 'collector' ? principal.userId : assigneeId;
}

/** The time zone the collector works in (their own setting); for a manager looking at everyone, the manager's. */
export async function collectorTimeZone(db: DbOrTx, principal: Principal, assigneeId?: string): Promise<string> {
  return (await userSettings(db, assigneeOf(principal, assigneeId) ?? principal.userId))?.timeZone ?? 'UTC';
}

/**
 * L8: Today: the ranked worklist (overdue tasks on top), each call window in the customer's local time
 * and in the collector's own time zone, with the amount and days overdue.
 */
export async function getToday(db: DbOrTx, principal: Principal, date: string, assigneeId?: string, limit = 200) {
  const [timeZone, items] = await Promise.all([
    collectorTimeZone(db, principal, assigneeId), getWorklist(db, principal, date, assigneeOf(principal, assigneeId), limit),
  ]);
  return {
    date, timeZone,
    items: items.map((i) => ({
      ...i,
      collectorWindowStart: formatInstantWithOffset(new Date(i.windowStart), timeZone),
      collectorWindowEnd: formatInstantWithOffset(new Date(i.windowEnd), timeZone),
    })),
  };
}
