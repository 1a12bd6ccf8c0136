import { z } from 'zod';
import { countryCode, decimalString, documentRef, isoDate, paymentTerms, uuid } from '../domain/fields.ts';

const base = {
  number: z.string().min(1).max(100),
  date: isoDate,
  paymentTerms, // P1: terms agreed before work starts
  penalty: z.strictObject({
    kind: z.enum(['percent_per_day', 'percent_per_year']),
    rate: decimalString,
    capPercent: decimalString.optional(),
  }).optional(),
  claimResponseDays: z.int().min(1).max(365).default(30), // L6: the claim's response period
  governingCountry: countryCode.optional(),
  documents: z.array(documentRef).max(100).default([]), // P7
};

export const NewContract = z.strictObject({ customerId: uuid, ...base });
export type NewContract = z.infer<typeof NewContract>;

export const ContractPatch = z.strictObject({ ...base, version: z.int().positive() }).partial().required({ version: true });
export type ContractPatch = z.infer<typeof ContractPatch>;
