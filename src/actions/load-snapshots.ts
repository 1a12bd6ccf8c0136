import type { Touch } from '../domain/contact-policy/index.ts';
import type { CustomerSnapshot, InvoiceState } from '../engine/snapshot.ts';
import type { DbOrTx } from '../store/db.ts';
import { addCalendarDays } from '../domain/calendar/index.ts';
import { paidTowardsPromises } from '../domain/promises.ts';
import { snapshotPage, type CustomerRow, type SnapshotRow } from '../store/engine.store.ts';

export type PolicyResolver = (invoiceCode: string | null, customer: CustomerRow) => string;

export type SnapshotPage = {
  snapshots: CustomerSnapshot[];
  idle: string[]; // customers looked at with nothing to collect
  nextFacts: Map<string, string>; // customer id -> earliest future-dated fact (see snapshotPage)
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
  const rows = await snapshotPage(db, asOf, after, pageSize, everyone);
  const nextFacts = new Map<string, string>();
  if (rows.length === 0) return { snapshots: [], idle: [], nextFacts, last: null };
  const since = addCalendarDays(asOf, -35); // contacts of the last 35 days count for the contact policy
  const snapshots: CustomerSnapshot[] = [];
  const idle: string[] = [];
  for (const c of rows) {
    let nextFact = c.nextFact;
    // Invoices issued or written off after asOf, and promises recorded after it, are not in today's books; their dates are future facts.
    const laterFact = (date: string | null) => { if (date !== null && date > asOf && (nextFact === null || date < nextFact)) nextFact = date; };
    const invoices: InvoiceState[] = [];
    for (const i of c.invoices ?? []) {
      laterFact(i.issueDate);
      laterFact(i.writtenOffOn);
      if (i.issueDate > asOf) continue;
      invoices.push({
        id: i.id, number: i.number, dueDate: i.dueDate, currency: i.currency, amount: BigInt(i.amount), balance: BigInt(i.balance), disputed: i.disputed,
        policyCode: resolvePolicy(i.policyCode, c), claimResponseDays: i.claimResponseDays ?? 30, hasOfficialLetter: i.hasOfficialLetter,
        ladder: { fired: i.fired ?? [], claimDeadline: i.claimDeadline ?? undefined, jumpToClaim: i.jumpToClaim ?? false },
      });
    }
    let broken = 0;
    const promises: CustomerSnapshot['promises'] = [];
    const paid = paidTowardsOpenPromises(c, asOf);
    for (const p of c.promises ?? []) {
      if (p.status === 'broken') broken += 1;
      laterFact(p.createdOn); // recorded ahead of the run date
      if (p.status === 'open' && p.createdOn <= asOf) {
        promises.push({ id: p.id, invoiceIds: p.invoiceIds, kind: p.kind, promisedDate: p.promisedDate, amount: BigInt(p.amount), currency: p.currency, createdOn: p.createdOn, paidTowards: paid.get(p.id) ?? 0n });
      }
    }
    const openTasks: CustomerSnapshot['openTasks'] = [];
    const touches: Touch[] = [];
    for (const t of c.tasks ?? []) {
      if (t.status === 'open') openTasks.push({ id: t.id, invoiceIds: t.invoiceIds ?? [], dueDate: t.dueDate, channel: t.channel });
      // the read brings no cancelled tasks
      if (t.channel !== 'legal' && t.dueDate >= since && t.dueDate <= asOf) touches.push({ at: new Date(t.at), channel: t.channel as Touch['channel'] });
    }
    for (const m of c.messages ?? []) touches.push({ at: new Date(m.at), channel: m.channel as Touch['channel'] });
    if (nextFact !== null) nextFacts.set(c.id, nextFact);
    if (invoices.length === 0 && promises.length === 0 && openTasks.length === 0) { idle.push(c.id); continue; } // nothing to collect
    snapshots.push({
      id: c.id, externalId: c.externalId, legalName: c.legalName, country: c.country, timeZone: c.timeZone, language: c.language,
      collectorId: c.collectorId, riskClass: c.riskClass, isIndividual: c.isIndividual, stoppedUntil: c.stoppedUntil ?? undefined,
      invoices, promises, brokenPromises: broken, touches, openTasks,
    });
  }
  return { snapshots, idle, nextFacts, last: rows[rows.length - 1]!.id };
}

/**
 * What each open promise has received: the customer's payments shared out over its promises by their
 * dates (the instalments of a plan one after another), counting kept and broken ones that fell due after
 * the earliest open one was made, so that money which kept an earlier promise does not keep a later one.
 */
function paidTowardsOpenPromises(c: SnapshotRow, asOf: string): Map<string, bigint> {
  const made = (c.promises ?? []).filter((p) => p.createdOn <= asOf && p.status !== 'cancelled');
  const open = made.filter((p) => p.status === 'open');
  if (open.length === 0) return new Map();
  const firstMade = open.reduce((min, p) => (p.createdOn < min ? p.createdOn : min), open[0]!.createdOn);
  const competing = made.filter((p) => p.status === 'open' || p.promisedDate >= firstMade);
  return paidTowardsPromises(
    competing.map((p) => ({ id: p.id, createdOn: p.createdOn, promisedDate: p.promisedDate, amount: BigInt(p.amount), currency: p.currency })),
    (c.payments ?? []).map((r) => ({ date: r.date, amount: BigInt(r.amount), currency: r.currency })),
    asOf,
  );
}
