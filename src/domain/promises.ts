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
