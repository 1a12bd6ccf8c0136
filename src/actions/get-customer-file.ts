import type { Principal } from '../domain/access.ts';
import { addCalendarDays, daysBetween } from '../domain/calendar/index.ts';
import { suggestDebtorType } from '../domain/debtor-type.ts';
import { notFound } from '../domain/errors.ts';
import { formatAmount } from '../domain/money.ts';
import { fileCustomer, fileInvoices, paymentHistory } from '../store/customer-file.store.ts';
import type { DbOrTx } from '../store/db.ts';
import { customerTimeline } from '../store/timeline.store.ts';
import { presentTimeline } from './customer-timeline.ts';
import { assertAssigned } from './customer-scope.ts';

const money = (minor: bigint, currency: string) => ({ amount: formatAmount(minor, currency), currency });

/**
 * S1: everything to prepare a call, in one response: the debt to the kopeck and its overdue part per
 * currency, the days overdue of the oldest invoice, the debtor type (D1) with a suggestion, who decides
 * on payments, how the customer orders its payments (P12), every contact and channel (P8, P9), each open
 * invoice with its ladder step and next action, and the timeline.
 */
export async function getCustomerFile(db: DbOrTx, principal: Principal, customerId: string, asOf: string) {
  const customer = await fileCustomer(db, customerId);
  if (!customer) throw notFound('customer', customerId, 'id');
  assertAssigned(principal, customerId, customer.collectorId, 'id'); // L9
  // Side by side: under load each query waits for a connection of the pool, so the waits overlap.
  const [invoices, history, timeline] = await Promise.all([
    fileInvoices(db, customerId, asOf), paymentHistory(db, customerId, asOf, addCalendarDays(asOf, -90)), customerTimeline(db, customerId, 200),
  ]);
  const totals = new Map<string, { total: bigint; overdue: bigint }>();
  for (const i of invoices) {
    const t = totals.get(i.currency) ?? { total: 0n, overdue: 0n };
    t.total += i.amount - i.paid;
    if (i.dueDate < asOf) t.overdue += i.amount - i.paid;
    totals.set(i.currency, t);
  }
  const oldestDaysOverdue = invoices.reduce((d, i) => Math.max(d, daysBetween(i.dueDate, asOf)), 0);
  const suggestion = suggestDebtorType({
    ...history, oldestDaysOverdue, daysSinceLastPayment: history.lastPaymentOn ? daysBetween(history.lastPaymentOn, asOf) : null,
  });
  const { creditLimit, creditLimitCurrency, contacts, ...rest } = customer;
  const decisionMaker = contacts.find((c) => c.decidesOnPayments) ?? null;
  return {
    asOf,
    header: {
      ...rest,
      creditLimit: creditLimit !== null && creditLimitCurrency ? money(creditLimit, creditLimitCurrency) : null,
      debt: [...totals.entries()].sort(([a], [b]) => a.localeCompare(b))
        .map(([currency, t]) => ({ currency, total: formatAmount(t.total, currency), overdue: formatAmount(t.overdue, currency) })),
      oldestDaysOverdue,
      decisionMaker: decisionMaker && { id: decisionMaker.id, name: decisionMaker.name, role: decisionMaker.role },
      suggestion, history,
    },
    contacts,
    invoices: invoices.map((i) => {
      const fired = i.fired ?? [];
      const last = [...fired].reverse().find((f) => !f.skipped) ?? null;
      return {
        id: i.id, number: i.number, issueDate: i.issueDate, dueDate: i.dueDate, currency: i.currency,
        amount: formatAmount(i.amount, i.currency), paid: formatAmount(i.paid, i.currency), balance: formatAmount(i.amount - i.paid, i.currency),
        daysOverdue: Math.max(0, daysBetween(i.dueDate, asOf)), policyCode: i.policyCode,
        ladderStep: last?.code ?? null, ladderStepOn: last?.date ?? null, fired, claimDeadline: i.claimDeadline,
        heldBy: i.disputed ? 'dispute' : i.promisedDate ? 'promise' : null, promisedDate: i.promisedDate,
        nextAction: i.nextTask,
      };
    }),
    timeline: presentTimeline(timeline),
  };
}
