import { addCalendarDays } from '../domain/calendar/index.ts';
import type { Db } from '../store/db.ts';
import { runCollection, type ActionReport } from './run-collection.ts';

class Rollback extends Error {}

/**
 * Replays the daily run day by day from `from` to `to` on a copy of the books (one transaction that is
 * rolled back at the end), as if automatic steps were sent and tasks got no outcome, and returns the
 * timeline: to try a policy on the real books before switching it on.
 */
export async function simulateCollection(db: Db, from: string, to: string, now: () => Date): Promise<{ from: string; to: string; days: { date: string; actions: ActionReport[] }[] }> {
  const days: { date: string; actions: ActionReport[] }[] = [];
  try {
    await db.transaction(async (tx) => {
      for (let date = from; date <= to; date = addCalendarDays(date, 1)) {
        const result = await runCollection(tx, date, { dryRun: false, now, everyone: date === from });
        if (result.actions.length > 0) days.push({ date, actions: result.actions });
      }
      throw new Rollback();
    });
  } catch (error) {
    if (!(error instanceof Rollback)) throw error;
  }
  return { from, to, days };
}
