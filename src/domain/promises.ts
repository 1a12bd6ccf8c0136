import { DomainError } from './errors.ts';

/**
 * N3: a promise to pay has a concrete date and amount — "we'll pay soon" is not a promise. P13: it is
 * recorded, and the customer is told it is recorded. S5: if the money has not arrived by the end of the
 * promised date, the promise is broken and somebody calls the next business day.
 */
export type PromiseState = {
  id: string; invoiceIds: string[]; kind: 'promise' | 'official_letter' | 'instalment';
  promisedDate: string; amount: bigint; currency: string; createdOn: string;
  /** What the customer paid in the promise's currency from the day it was made to the promised date. */
  paidTowards: bigint;
};

export type PromiseOutcome = 'in_force' | 'kept' | 'broken';

export function requirePromiseTerms(input: { promisedDate?: string | undefined; amount?: string | undefined }): void {
  const fields: Record<string, string> = {};
  if (!input.promisedDate) fields.promisedDate = 'a promise needs the date of payment (N3)';
  if (!input.amount) fields.amount = 'a promise needs the amount (N3)';
  if (Object.keys(fields).length > 0) {
    throw new DomainError('validation_failed', `a promise without ${Object.keys(fields).join(' and ')} is not a promise: ask for a concrete date and amount`, fields);
  }
}

/** Kept as soon as the promised amount has arrived; broken once the promised date is over without it. */
export function promiseOutcome(promise: PromiseState, asOf: string): PromiseOutcome {
  if (promise.paidTowards >= promise.amount) return 'kept';
  return asOf > promise.promisedDate ? 'broken' : 'in_force';
}

/** A promise as far as counting money towards it goes. */
export type PromiseTerms = { id: string; createdOn: string; promisedDate: string; amount: bigint; currency: string };
/** A payment the customer made. */
export type ReceivedPayment = { date: string; amount: bigint; currency: string };

/**
 * What the customer paid towards each promise, with no payment counted twice: the instalments of a plan,
 * or two promises made on different calls, are served in the order of their promised dates. A payment
 * counts towards the earliest promise in its currency that was made on or before the payment and whose
 * date it does not miss (a payment after the promised date cannot keep that promise), and whatever it pays
 * beyond what that promise still lacks goes to the next one. Payments after `asOf` do not count yet.
 *
 * Pass every promise that could compete for the same money — kept and broken ones too, so that money
 * which kept an earlier promise does not keep a later one again.
 */
export function paidTowardsPromises(promises: PromiseTerms[], payments: ReceivedPayment[], asOf: string): Map<string, bigint> {
  const queue = [...promises].sort((a, b) => (a.promisedDate < b.promisedDate ? -1 : a.promisedDate > b.promisedDate ? 1 : a.createdOn < b.createdOn ? -1 : a.createdOn > b.createdOn ? 1 : a.id < b.id ? -1 : 1));
  const paid = new Map(queue.map((p) => [p.id, 0n]));
  for (const payment of [...payments].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))) {
    if (payment.date > asOf) break;
    let left = payment.amount;
    for (const p of queue) {
      if (left === 0n) break;
      if (p.currency !== payment.currency || p.createdOn > payment.date || p.promisedDate < payment.date) continue;
      const lacking = p.amount - paid.get(p.id)!;
      if (lacking <= 0n) continue;
      const counted = left < lacking ? left : lacking;
      paid.set(p.id, paid.get(p.id)! + counted);
      left -= counted;
    }
  }
  return paid;
}
