import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { DomainError } from '../domain/errors.ts';
import { currencyCode, decimalString, isoDate, uuid } from '../domain/fields.ts';
import type { DbOrTx } from '../store/db.ts';
import type { WriteContext } from '../store/versioned.store.ts';
import { recordPromise, type PromiseRow } from './record-promise.ts';

export const NewPaymentPlan = z.strictObject({
  customerId: uuid,
  invoiceIds: z.array(uuid).max(1000).optional(),
  currency: currencyCode,
  madeOn: isoDate.optional(),
  instalments: z.array(z.strictObject({ date: isoDate, amount: decimalString })).min(1).max(120),
  note: z.string().max(2000).optional(),
});
export type NewPaymentPlan = z.infer<typeof NewPaymentPlan>;

/** S3, R8: a payment plan is a schedule of instalments, each a promise with its own date and amount. */
export async function createPaymentPlan(db: DbOrTx, input: NewPaymentPlan, today: string, ctx: WriteContext): Promise<{ planId: string; instalments: PromiseRow[] }> {
  input.instalments.forEach((inst, i) => {
    const prev = input.instalments[i - 1];
    if (prev && inst.date <= prev.date) {
      throw new DomainError('validation_failed', `instalments.${i}.date: ${inst.date} is not after the previous instalment (${prev.date})`, { [`instalments.${i}.date`]: 'not after the previous one' });
    }
  });
  const planId = randomUUID();
  const rows: PromiseRow[] = [];
  for (const inst of input.instalments) {
    rows.push(await recordPromise(db, {
      customerId: input.customerId, invoiceIds: input.invoiceIds, kind: 'promise', promisedDate: inst.date, amount: inst.amount,
      currency: input.currency, madeOn: input.madeOn, note: input.note,
    }, today, ctx, planId));
  }
  return { planId, instalments: rows };
}
