import { eq, inArray } from 'drizzle-orm';
import type { Principal } from '../domain/access.ts';
import { formatInstantWithOffset } from '../domain/calendar/index.ts';
import { notFound } from '../domain/errors.ts';
import type { DbOrTx } from '../store/db.ts';
import { invoices, tasks } from '../store/schema.ts';
import { assertCustomerInScope } from './customer-scope.ts';

export async function taskCustomer(db: DbOrTx, taskId: string): Promise<string> {
  const [row] = await db.select({ customerId: tasks.customerId }).from(tasks).where(eq(tasks.id, taskId)).limit(1);
  if (!row) throw notFound('task', taskId);
  return row.customerId;
}

/**
 * One task as it stands (open or closed, with its outcome and the call record), its window in the
 * customer's local time with the offset, and the numbers of its invoices. L9: a collector sees the
 * tasks of their own customers.
 */
export async function getTask(db: DbOrTx, principal: Principal, taskId: string) {
  const [task] = await db.select().from(tasks).where(eq(tasks.id, taskId)).limit(1);
  if (!task) throw notFound('task', taskId);
  const customer = await assertCustomerInScope(db, principal, task.customerId, 'id');
  const numbers = task.invoiceIds.length === 0 ? [] : await db.select({ id: invoices.id, number: invoices.number }).from(invoices).where(inArray(invoices.id, task.invoiceIds));
  const byId = new Map(numbers.map((n) => [n.id, n.number]));
  const { dedupeKey: _key, ...rest } = task;
  return {
    ...rest,
    windowStart: formatInstantWithOffset(task.windowStart, customer.timeZone), windowEnd: formatInstantWithOffset(task.windowEnd, customer.timeZone),
    customerTimeZone: customer.timeZone, invoiceNumbers: task.invoiceIds.map((id) => byId.get(id) ?? id),
  };
}
