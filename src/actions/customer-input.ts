import { z } from 'zod';
import { countryCode, currencyCode, decimalString, language, paymentTerms, timeZone, uuid } from '../domain/fields.ts';
import { parseAmount } from '../domain/money.ts';

const base = {
  externalId: z.string().min(1).max(200).optional(),
  legalName: z.string().min(1).max(500),
  taxId: z.string().min(1).max(40).optional(),
  taxIdKind: z.enum(['INN', 'EDRPOU', 'EIK', 'VAT', 'OTHER']).optional(),
  country: countryCode, // drives the business calendar and the legal rules
  timeZone,
  language,
  legalAddress: z.string().max(1000).optional(),
  actualAddress: z.string().max(1000).optional(),
  relationshipOwnerId: uuid.optional(), // P6
  collectorId: uuid.optional(), // L9: a dedicated collector, not the salesperson
  riskClass: z.string().min(1).max(40).optional(),
  creditLimit: decimalString.optional(),
  creditLimitCurrency: currencyCode.optional(),
  defaultTerms: paymentTerms.optional(),
  paymentOrdering: z.string().max(2000).optional(), // P12
  tags: z.array(z.string().min(1).max(60)).max(50).default([]),
  isIndividual: z.boolean().default(false), // a private person: the 230-FZ contact limits apply
  policyCode: z.string().min(1).max(60).optional(), // overrides the risk class's collection policy
};

function creditLimitHasCurrency(c: { creditLimit?: string | undefined; creditLimitCurrency?: string | undefined }, ctx: z.RefinementCtx) {
  if (c.creditLimit !== undefined && !c.creditLimitCurrency) {
    ctx.addIssue({ code: 'custom', path: ['creditLimitCurrency'], message: 'is required with creditLimit' });
  }
}

export const NewCustomer = z.strictObject({ companyId: uuid, ...base }).superRefine(creditLimitHasCurrency);
export type NewCustomer = z.infer<typeof NewCustomer>;

export const CustomerPatch = z
  .strictObject({ ...base, version: z.int().positive() })
  .partial()
  .required({ version: true })
  .superRefine(creditLimitHasCurrency);
export type CustomerPatch = z.infer<typeof CustomerPatch>;

/** Input (decimal string) to row (minor units). */
export function customerValues<T extends { creditLimit?: string | undefined; creditLimitCurrency?: string | undefined }>(input: T) {
  const { creditLimit, ...rest } = input;
  if (creditLimit === undefined) return rest;
  return { ...rest, creditLimit: parseAmount(creditLimit, input.creditLimitCurrency!, 'creditLimit') };
}
