import { formatInstantWithOffset } from '../domain/calendar/index.ts';
import type { Principal } from '../domain/access.ts';
import { formatAmount } from '../domain/money.ts';
import type { DbOrTx } from '../store/db.ts';
import { worklistRows } from '../store/worklist.store.ts';

/** L8, L9: the collector's day, ranked; a collector sees their own tasks, managers anyone's (or all). */
export async function getWorklist(db: DbOrTx, principal: Principal, date: string, assigneeId?: string, limit = 200) {
  const who = principal.role === 'collector' ? principal.userId : assigneeId;
  const rows = await worklistRows(db, date, who, limit);
  return rows.map((r) => ({
    id: r.id, version: r.version, customerId: r.customerId, customerName: r.customerName, customerExternalId: r.customerExternalId,
    kind: r.kind, stepCode: r.stepCode, channel: r.channel, scriptKey: r.scriptKey, dueDate: r.dueDate, overdueTask: r.dueDate < date,
    windowStart: formatInstantWithOffset(r.windowStart, r.timeZone), windowEnd: formatInstantWithOffset(r.windowEnd, r.timeZone),
    customerTimeZone: r.timeZone, priority: r.priority, assigneeId: r.assigneeId, queue: r.queue,
    invoiceNumbers: r.invoiceNumbers ?? [], overdueAmount: r.currency ? formatAmount(r.overdue, r.currency) : '0.00', currency: r.currency, daysOverdue: r.daysOverdue,
  }));
}
