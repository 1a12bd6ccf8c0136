import type { Touch } from '../domain/contact-policy/index.ts';
import type { CustomerSnapshot, InvoiceState } from '../engine/snapshot.ts';
import type { DbOrTx } from '../store/db.ts';
import { addCalendarDays } from '../domain/calendar/index.ts';
import { paidTowardsPromises } from '../domain/promises.ts';
import { snapshotPage, type CustomerRow, type SnapshotRow } from '../store/engine.store.ts';
import type { LadderEntry } from '../store/schema.ts';

export type PolicyResolver = (invoiceCode: string | null, customer: CustomerRow) => string;

export type SnapshotPage = {
  snapshots: CustomerSnapshot[];
  idle: string[]; // customers looked at with nothing to collect
  /** Customers whose stored ladders name invoices paid or no longer followed (written off): rewritten even if no step fires. */
  staleLadders: Set<string>;
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
  const staleLadders = new Set<string>();
  if (rows.length === 0) return { snapshots: [], idle: [], nextFacts, staleLadders, last: null };
  const since = addCalendarDays(asOf, -35); // contacts of the last 35 days count for the contact policy
  const snapshots: CustomerSnapshot[] = [];
  const idle: string[] = [];
  for (const c of rows) {
    let nextFact = c.nextFact;
    // Invoices issued or written off after asOf, and promises recorded after it, are not in today's books; their dates are future facts.
    const invoices: InvoiceState[] = [];
    const ladders = new Map<string, LadderEntry>();
    for (const entry of c.ladders ?? []) ladders.set(entry.invoice, entry);
    let laddersFollowed = 0;
    for (const [id, number, dueDate, currency, balance, disputed, policyCode, claimResponseDays, hasOfficialLetter, issuedLater, writtenOffLater] of c.invoices ?? []) {
      nextFact = laterOf(nextFact, writtenOffLater, asOf);
      if (issuedLater !== null) { nextFact = laterOf(nextFact, issuedLater, asOf); continue; }
      const ladder = ladders.get(id);
      const unpaid = BigInt(balance);
      if (ladder && unpaid > 0n) laddersFollowed += 1;
      invoices.push({
        id, number, dueDate, currency, balance: unpaid, disputed, policyCode: resolvePolicy(policyCode, c), claimResponseDays: claimResponseDays ?? 30,
        hasOfficialLetter: hasOfficialLetter === true,
        ladder: { fired: ladder?.fired ?? [], claimDeadline: ladder?.claimDeadline, jumpToClaim: ladder?.jumpToClaim ?? false },
      });
    }
    if (ladders.size > laddersFollowed) staleLadders.add(c.id);
    let broken = 0;
    const promises: CustomerSnapshot['promises'] = [];
    const paid = paidTowardsOpenPromises(c, asOf);
    for (const [id, invoiceIds, kind, status, promisedDate, amount, currency, createdOn] of c.promises ?? []) {
      if (status === 'broken') broken += 1;
      nextFact = laterOf(nextFact, createdOn, asOf); // recorded ahead of the run date
      if (status === 'open' && createdOn <= asOf) {
        promises.push({ id, invoiceIds, kind, promisedDate, amount: BigInt(amount), currency, createdOn, paidTowards: paid.get(id) ?? 0n });
      }
    }
    const openTasks: CustomerSnapshot['openTasks'] = [];
    const touches: Touch[] = [];
    for (const [id, invoiceIds, dueDate, channel, status, at] of c.tasks ?? []) {
      if (status === 'open') openTasks.push({ id, invoiceIds: invoiceIds ?? [], dueDate, channel });
      // the read brings no cancelled tasks
      if (channel !== 'legal' && dueDate >= since && dueDate <= asOf) touches.push({ at: new Date(at), channel: channel as Touch['channel'] });
    }
    for (const [at, channel] of c.messages ?? []) touches.push({ at: new Date(at), channel: channel as Touch['channel'] });
    if (nextFact !== null) nextFacts.set(c.id, nextFact);
    if (invoices.length === 0 && promises.length === 0 && openTasks.length === 0) { idle.push(c.id); continue; } // nothing to collect
    snapshots.push({
      id: c.id, externalId: c.externalId, legalName: c.legalName, country: c.country, timeZone: c.timeZone, language: c.language,
      collectorId: c.collectorId, riskClass: c.riskClass, isIndividual: c.isIndividual, stoppedUntil: c.stoppedUntil ?? undefined,
      invoices, promises, brokenPromises: broken, touches, openTasks,
    });
  }
  return { snapshots, idle, nextFacts, staleLadders, last: rows[rows.length - 1]!.id };
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
function paidTowardsOpenPromises(c: SnapshotRow, asOf: string): Map<string, bigint> {
  const made = (c.promises ?? []).filter(([, , , status, , , , createdOn]) => createdOn <= asOf && status !== 'cancelled');
  const open = made.filter(([, , , status]) => status === 'open');
  if (open.length === 0) return new Map();
  const firstMade = open.reduce((min, [, , , , , , , createdOn]) => (createdOn < min ? createdOn : min), open[0]![7]); // [7]: createdOn
  const competing = made.filter(([, , , status, promisedDate]) => status === 'open' || promisedDate >= firstMade);
  return paidTowardsPromises(
    competing.map(([id, , , , promisedDate, amount, currency, createdOn]) => ({ id, createdOn, promisedDate, amount: BigInt(amount), currency })),
    (c.payments ?? []).map(([date, amount, currency]) => ({ date, amount: BigInt(amount), currency })),
    asOf,
  );
}
