import type { Principal } from '../domain/access.ts';
import { daysBetween, formatInstantWithOffset } from '../domain/calendar/index.ts';
import { DomainError } from '../domain/errors.ts';
import { formatAmount } from '../domain/money.ts';
import type { DbOrTx } from '../store/db.ts';
import { calendarRows } from '../store/workspace.store.ts';
import { assigneeOf, collectorTimeZone } from './get-today.ts';

const MAX_DAYS = 62;

/** L8: the collector's tasks of a date range (a week view), windows in the customer's and the collector's time. */
export async function getCalendar(db: DbOrTx, principal: Principal, from: string, to: string, assigneeId?: string) {
  if (to < from) throw new DomainError('validation_failed', `to: ${to} is before from (${from})`, { to: 'before from' });
  if (daysBetween(from, to) > MAX_DAYS) throw new DomainError('validation_failed', `to: at most ${MAX_DAYS} days after from`, { to: 'range too long' });
  const [timeZone, rows] = await Promise.all([
    collectorTimeZone(db, principal, assigneeId), calendarRows(db, { from, to, assigneeId: assigneeOf(principal, assigneeId) }, 2000),
  ]);
  return {
    from, to, timeZone,
    items: rows.map((r) => ({
      id: r.id, version: r.version, customerId: r.customerId, customerName: r.customerName, kind: r.kind, stepCode: r.stepCode,
      channel: r.channel, status: r.status, outcome: r.outcome, dueDate: r.dueDate, assigneeId: r.assigneeId, invoiceNumbers: r.invoiceNumbers ?? [],
      windowStart: formatInstantWithOffset(r.windowStart, r.timeZone), windowEnd: formatInstantWithOffset(r.windowEnd, r.timeZone),
      collectorWindowStart: formatInstantWithOffset(r.windowStart, timeZone), collectorWindowEnd: formatInstantWithOffset(r.windowEnd, timeZone),
      customerTimeZone: r.timeZone, balance: r.currency ? formatAmount(r.balance, r.currency) : '0.00', currency: r.currency,
    })),
  };
}
