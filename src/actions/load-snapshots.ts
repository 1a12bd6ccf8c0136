import type { Touch } from '../domain/contact-policy/index.ts';
import type { CustomerSnapshot, InvoiceState } from '../engine/snapshot.ts';
import type { DbOrTx } from '../store/db.ts';
import { addCalendarDays } from '../domain/calendar/index.ts';
import { customerPage, futureFactDates, invoicesOf, messageTouchesOf, promisesOf, tasksOf, type CustomerRow } from '../store/engine.store.ts';

export type PolicyResolver = (invoiceCode: string | null, customer: CustomerRow) => string;

export type SnapshotPage = {
  snapshots: CustomerSnapshot[];
  idle: string[]; // customers looked at with nothing to collect
  nextFacts: Map<string, string>; // customer id -> earliest future-dated fact (see futureFactDates)
  last: string | null; // keyset: the last customer id of the page, null after the last page
};

/**
 * The planner's input, a page of customers at a time (keyset by id): the customers due for review
 * (all of them when `everyone`) with their open invoices as of the run date, open promises,
 * broken-promise count, recent touches, open tasks and the next future-dated fact.
 */
export async function loadSnapshotPage(
  db: DbOrTx, asOf: string, after: string | null, pageSize: number, resolvePolicy: PolicyResolver, everyone: boolean,
): Promise<SnapshotPage> {
  const customers = await customerPage(db, asOf, after, pageSize, everyone);
  if (customers.length === 0) return { snapshots: [], idle: [], nextFacts: new Map(), last: null };
  const ids = customers.map((c) => c.id);
  const [invoices, allPromises, allTasks, messageTouches, nextFacts] = await Promise.all([
    invoicesOf(db, ids, asOf), promisesOf(db, ids, asOf), tasksOf(db, ids, asOf), messageTouchesOf(db, ids, asOf), futureFactDates(db, ids, asOf),
  ]);
  const laterFact = (customerId: string, date: string) => {
    const known = nextFacts.get(customerId);
    if (known === undefined || date < known) nextFacts.set(customerId, date);
  };
  const promises = allPromises.filter((p) => p.status === 'open' && p.createdOn <= asOf);
  const broken = new Map<string, number>();
  for (const p of allPromises) {
    if (p.status === 'broken') broken.set(p.customerId, (broken.get(p.customerId) ?? 0) + 1);
    if (p.createdOn > asOf) laterFact(p.customerId, p.createdOn); // recorded ahead of the run date
  }
  const tasks = allTasks.filter((t) => t.status === 'open');
  const since = addCalendarDays(asOf, -35); // contacts of the last 35 days count for the contact policy
  const touches = [
    ...allTasks.filter((t) => t.channel !== 'legal' && t.dueDate >= since && t.dueDate <= asOf), // tasksOf brings no cancelled ones
    ...messageTouches,
  ];
  const byCustomer = <T extends { customerId: string }>(rows: T[]) => {
    const map = new Map<string, T[]>();
    for (const r of rows) (map.get(r.customerId) ?? map.set(r.customerId, []).get(r.customerId)!).push(r);
    return map;
  };
  // Invoices issued or written off after asOf are not in today's books; their dates are future facts.
  const later = (d: string | null) => (d !== null && d > asOf ? d : null);
  for (const i of invoices) {
    for (const d of [later(i.issueDate), later(i.writtenOffOn)]) if (d) laterFact(i.customerId, d);
  }
  const inv = byCustomer(invoices.filter((i) => i.issueDate <= asOf));
  const prom = byCustomer(promises);
  const tch = byCustomer(touches);
  const tsk = byCustomer(tasks);
  const snapshots: CustomerSnapshot[] = [];
  const idle: string[] = [];
  for (const c of customers) {
    const invoiceStates: InvoiceState[] = (inv.get(c.id) ?? []).map((i) => ({
      id: i.id, number: i.number, dueDate: i.dueDate, currency: i.currency, amount: i.amount, balance: i.balance, disputed: i.disputed,
      policyCode: resolvePolicy(i.policyCode, c), claimResponseDays: i.claimResponseDays ?? 30, hasOfficialLetter: i.hasOfficialLetter,
      ladder: { fired: i.fired ?? [], claimDeadline: i.claimDeadline ?? undefined, jumpToClaim: i.jumpToClaim ?? false },
    }));
    const openTasks = (tsk.get(c.id) ?? []).map(({ id, invoiceIds, dueDate, channel }) => ({ id, invoiceIds, dueDate, channel }));
    const customerPromises = prom.get(c.id) ?? [];
    if (invoiceStates.length === 0 && customerPromises.length === 0 && openTasks.length === 0) { idle.push(c.id); continue; } // nothing to collect
    snapshots.push({
      id: c.id, externalId: c.externalId, legalName: c.legalName, country: c.country, timeZone: c.timeZone, language: c.language,
      collectorId: c.collectorId, riskClass: c.riskClass, isIndividual: c.isIndividual, stoppedUntil: c.stoppedUntil ?? undefined,
      invoices: invoiceStates,
      promises: customerPromises.map(({ customerId: _c, status: _s, ...p }) => p),
      brokenPromises: broken.get(c.id) ?? 0,
      touches: (tch.get(c.id) ?? []).map((t): Touch => ({ at: t.at, channel: t.channel as Touch['channel'] })),
      openTasks,
    });
  }
  return { snapshots, idle, nextFacts, last: customers[customers.length - 1]!.id };
}
