import type { Principal } from '../domain/access.ts';
import { addCalendarDays, dayOfWeek } from '../domain/calendar/index.ts';
import { formatAmount } from '../domain/money.ts';
import { collectorLoads, promisesBetween, type PromiseLine } from '../store/dashboard.store.ts';
import type { DbOrTx } from '../store/db.ts';
import { AGING_BUCKETS, reportAging } from './report-aging.ts';

const TOP = 10;
const line = (p: PromiseLine) => ({ ...p, amount: formatAmount(p.amount, p.currency) });

/**
 * The managers' dashboard as of a date: receivables and overdue by aging bucket per currency (the aging
 * report), the top debtors, promises due this week and broken last week (P5), each collector's tasks (L9).
 */
export async function getDashboard(db: DbOrTx, principal: Principal, asOf: string, companyId?: string) {
  const weekStart = addCalendarDays(asOf, 1 - dayOfWeek(asOf)); // Monday
  const aging = await reportAging(db, principal, asOf, companyId);
  const totals = aging.totals.map((t) => ({
    currency: t.currency,
    ...Object.fromEntries(AGING_BUCKETS.map((b) => [b, formatAmount(t.sums[b], t.currency)])),
    overdue: formatAmount(t.sums.total - t.sums.notDue, t.currency),
  }));
  const topDebtors = aging.totals.map(({ currency }) => ({
    currency,
    items: aging.rows.filter((r) => r.currency === currency).sort((a, b) => (b.total - b.notDue > a.total - a.notDue ? 1 : b.total - b.notDue < a.total - a.notDue ? -1 : 0))
      .slice(0, TOP).map((r) => ({ customerId: r.customerId, customerName: r.customerName, total: formatAmount(r.total, currency), overdue: formatAmount(r.total - r.notDue, currency), over90: formatAmount(r.over90, currency) })),
  }));
  return {
    asOf, weekStart, totals, topDebtors,
    promisesDueThisWeek: (await promisesBetween(db, 'due', weekStart, addCalendarDays(weekStart, 6), companyId)).map(line),
    promisesBrokenLastWeek: (await promisesBetween(db, 'broken', addCalendarDays(weekStart, -7), addCalendarDays(weekStart, -1), companyId)).map(line),
    collectors: await collectorLoads(db, asOf, weekStart, companyId),
  };
}
