import type { Touch } from '../domain/contact-policy/index.ts';
import type { CustomerSnapshot, InvoiceState } from '../engine/snapshot.ts';
import type { DbOrTx } from '../store/db.ts';
import { addCalendarDays } from '../domain/calendar/index.ts';
import { paidTowardsPromises } from '../domain/promises.ts';
import { snapshotPage, type Books, type CustomerRow, type PaymentRow, type PromiseRow, type SnapshotRow } from '../store/engine.store.ts';
import { foldLadders, type StoredLadders } from '../store/ladder-entries.ts';

/** An invoice's policy code (run-collection.ts RunPolicyResolver). */
export type PolicyResolver = { resolve(invoiceCode: string | null, customer: CustomerRow): string };

export type SnapshotPage = {
  rows: SnapshotRow[]; // each customer's books still as JSON text: see customerBooks
  /** Keyset: where the next page starts (this page's last customer id), null when this page is the last. */
  next: string | null;
};

/**
 * A page of the customers due for review on the run date (all of them when `everyone`), keyset by id. A
 * page with fewer than `pageSize` customers is the last: no read of an empty page follows it.
 */
export async function loadSnapshotPage(db: DbOrTx, asOf: string, after: string | null, pageSize: number, everyone: boolean): Promise<SnapshotPage> {
  const rows = await snapshotPage(db, asOf, after, pageSize, everyone);
  return { rows, next: rows.length < pageSize ? null : rows[rows.length - 1]!.id };
}

/** What the run knows about one customer of a page. */
export type CustomerBooks = {
  snapshot: CustomerSnapshot | null; // null: nothing to collect
  /** Its ladders as stored; stale ones (naming invoices no longer followed) are rewritten even if no step fires. */
  stored: StoredLadders;
  nextFact: string | null; // the earliest future-dated fact (see snapshotPage)
};

/**
 * The planner's input for one customer of a page, made when the customer is planned: its open invoices
 * as of the run date, open promises, broken-promise count, recent touches, open tasks and the next
 * future-dated fact.
 */
export function customerBooks(c: SnapshotRow, asOf: string, resolvePolicy: PolicyResolver, since = contactsSince(asOf)): CustomerBooks {
  const [ladderRows, invoiceRows, promiseRows, paymentRows, openTaskRows, touchRows] = JSON.parse(c.books) as Books;
  let nextFact = c.nextFact;
  // Invoices issued or written off after asOf, and promises recorded after it, are not in today's books; their dates are future facts.
  const invoices: InvoiceState[] = [];
  const ladders = foldLadders(ladderRows ?? []);
  let laddersFollowed = 0;
  for (const [id, number, dueDate, currency, balance, disputed = false, policyCode = null, claimResponseDays = null, hasOfficialLetter = false, issuedLater = null, writtenOffLater = null] of invoiceRows ?? []) {
    nextFact = laterOf(nextFact, writtenOffLater, asOf);
    if (issuedLater !== null) { nextFact = laterOf(nextFact, issuedLater, asOf); continue; }
    const ladder = ladders.get(id);
    const unpaid = BigInt(balance);
    if (ladder && unpaid > 0n) laddersFollowed += 1;
    invoices.push({
      id, number, dueDate, currency, balance: unpaid, disputed, policyCode: resolvePolicy.resolve(policyCode, c), claimResponseDays: claimResponseDays ?? 30,
      hasOfficialLetter,
      ladder: ladder ?? { fired: [], claimDeadline: undefined, jumpToClaim: false },
    });
  }
  inDueDateOrder(invoices);
  const stored: StoredLadders = { ladders, entries: ladderRows?.length ?? 0, stale: ladders.size > laddersFollowed };
  let broken = 0;
  const promises: CustomerSnapshot['promises'] = [];
  const paid = paidTowardsOpenPromises(promiseRows ?? [], paymentRows ?? [], asOf);
  for (const [id, invoiceIds, kind, status, promisedDate, amount, currency, createdOn] of promiseRows ?? []) {
    if (status === 'broken') broken += 1;
    nextFact = laterOf(nextFact, createdOn, asOf); // recorded ahead of the run date
    if (status === 'open' && createdOn <= asOf) {
      promises.push({ id, invoiceIds, kind, promisedDate, amount: BigInt(amount), currency, createdOn, paidTowards: paid.get(id) ?? 0n });
    }
  }
  const openTasks: CustomerSnapshot['openTasks'] = [];
  const touches: Touch[] = [];
  for (const [id, invoiceIds, dueDate, channel, at] of openTaskRows ?? []) {
    openTasks.push({ id, invoiceIds, dueDate, channel });
    if (channel !== 'legal' && dueDate >= since && dueDate <= asOf) touches.push({ at: new Date(at), channel: channel as Touch['channel'] });
  }
  for (const [at, channel] of touchRows ?? []) touches.push({ at: new Date(at), channel: channel as Touch['channel'] }); // done calls, messages
  if (invoices.length === 0 && promises.length === 0 && openTasks.length === 0) return { snapshot: null, stored, nextFact }; // nothing to collect
  const snapshot: CustomerSnapshot = {
    id: c.id, externalId: c.externalId, legalName: c.legalName, country: c.country, timeZone: c.timeZone, language: c.language,
    collectorId: c.collectorId, riskClass: c.riskClass, isIndividual: c.isIndividual, stoppedUntil: c.stoppedUntil ?? undefined,
    invoices, promises, brokenPromises: broken, touches, openTasks,
  };
  return { snapshot, stored, nextFact };
}

/** The planner takes a customer's invoices by due date, then number (the page read sends them in no set order). */
function inDueDateOrder(invoices: InvoiceState[]): void {
  for (let i = 1; i < invoices.length; i++) {
    if (precedes(invoices[i]!, invoices[i - 1]!)) { invoices.sort((a, b) => (precedes(a, b) ? -1 : precedes(b, a) ? 1 : 0)); return; }
  }
}

function precedes(a: InvoiceState, b: InvoiceState): boolean {
  return a.dueDate < b.dueDate || (a.dueDate === b.dueDate && a.number < b.number);
}

/** Contacts from this date on count for the contact policy (the last 35 days; the page read brings those). */
export function contactsSince(asOf: string): string {
  return addCalendarDays(asOf, -35);
}

/** The earlier of the next fact so far and `date`, when `date` is after `asOf` (a fact the run does not see yet). */
function laterOf(nextFact: string | null, date: string | null, asOf: string): string | null {
  return date !== null && date > asOf && (nextFact === null || date < nextFact) ? date : nextFact;
}

/**
 * What each open promise has received: the customer's payments shared out over its promises by their
 * dates (the instalments of a plan one after another), counting kept and broken ones that fell due after
 * the earliest open one was made, so that money which kept an earlier promise does not keep a later one.
 */
function paidTowardsOpenPromises(promiseRows: PromiseRow[], paymentRows: PaymentRow[], asOf: string): Map<string, bigint> {
  const made = promiseRows.filter(([, , , status, , , , createdOn]) => createdOn <= asOf && status !== 'cancelled');
  const open = made.filter(([, , , status]) => status === 'open');
  if (open.length === 0) return new Map();
  const firstMade = open.reduce((min, [, , , , , , , createdOn]) => (createdOn < min ? createdOn : min), open[0]![7]); // [7]: createdOn
  const competing = made.filter(([, , , status, promisedDate]) => status === 'open' || promisedDate >= firstMade);
  return paidTowardsPromises(
    competing.map(([id, , , , promisedDate, amount, currency, createdOn]) => ({ id, createdOn, promisedDate, amount: BigInt(amount), currency })),
    paymentRows.map(([date, amount, currency]) => ({ date, amount: BigInt(amount), currency })),
    asOf,
  );
}
