import type { Principal } from '../domain/access.ts';
import { formatInstantWithOffset } from '../domain/calendar/index.ts';
import type { DbOrTx } from '../store/db.ts';
import { userSettings } from '../store/workspace.store.ts';
import { getWorklist } from './get-worklist.ts';

/** Whose day it is: a collector's own; a manager may look at a collector's (or, with no one named, all). */
export async function collectorOf(db: DbOrTx, principal: Principal, assigneeId?: string) {
  const userId = principal.role === 'collector' ? principal.userId : assigneeId ?? principal.userId;
  const user = await userSettings(db, userId);
  return { assigneeId: principal.role === 'collector' ? principal.userId : assigneeId, timeZone: user?.timeZone ?? 'UTC' };
}

/**
 * L8: Today: the ranked worklist (overdue tasks on top), each call window in the customer's local time
 * and in the collector's own time zone, with the amount and days overdue.
 */
export async function getToday(db: DbOrTx, principal: Principal, date: string, assigneeId?: string, limit = 200) {
  const who = await collectorOf(db, principal, assigneeId);
  const items = await getWorklist(db, principal, date, who.assigneeId, limit);
  return {
    date, timeZone: who.timeZone,
    items: items.map((i) => ({
      ...i,
      collectorWindowStart: formatInstantWithOffset(new Date(i.windowStart), who.timeZone),
      collectorWindowEnd: formatInstantWithOffset(new Date(i.windowEnd), who.timeZone),
    })),
  };
}
