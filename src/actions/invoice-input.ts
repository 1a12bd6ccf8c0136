import { z } from 'zod';
import { currencyCode, decimalString, documentRef, isoDate, uuid } from '../domain/fields.ts';

export const NewInvoice = z.strictObject({
  customerId: uuid,
  contractId: uuid.optional(),
  number: z.string().min(1).max(100),
  issueDate: isoDate,
  dueDate: isoDate.optional(), // P1: derived from the contract's or customer's terms when not given
  amount: decimalString,
  currency: currencyCode,
  documents: z.array(documentRef).max(100).default([]), // P7: act, waybill…
  externalId: z.string().min(1).max(200).optional(),
  policyCode: z.string().min(1).max(60).optional(), // overrides the customer's collection policy
});
export type NewInvoice = z.infer<typeof NewInvoice>;

/** Amount and currency cannot change once money is allocated to the invoice; dates and papers can. */
export const InvoicePatch = z.strictObject({
  version: z.int().positive(),
  number: z.string().min(1).max(100).optional(),
  issueDate: isoDate.optional(),
  dueDate: isoDate.optional(),
  amount: decimalString.optional(),
  documents: z.array(documentRef).max(100).optional(),
  externalId: z.string().min(1).max(200).optional(),
});
export type InvoicePatch = z.infer<typeof InvoicePatch>;

export const WriteOff = z.strictObject({ version: z.int().positive(), writtenOffOn: isoDate, reason: z.string().min(1).max(2000) });
export type WriteOff = z.infer<typeof WriteOff>;
