import { z } from 'zod';
import { countryCode, currencyCode, language } from '../domain/fields.ts';

/**
 * A bank account with everything a payer needs: IBAN and BIC, or for Russia the account, the bank's BIC
 * and its correspondent account (the company's INN and KPP sit in taxIds).
 */
export const BankAccountInput = z.strictObject({
  bankName: z.string().min(1).max(300),
  iban: z.string().regex(/^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/, 'must be an IBAN without spaces').optional(),
  bic: z.string().regex(/^([A-Z0-9]{8}|[A-Z0-9]{11}|\d{9})$/, 'must be a SWIFT BIC (8 or 11) or a Russian BIC (9 digits)').optional(),
  account: z.string().regex(/^\d{20}$/, 'must be a 20-digit account number').optional(),
  correspondentAccount: z.string().regex(/^\d{20}$/, 'must be a 20-digit correspondent account').optional(),
  currency: currencyCode.optional(),
});

const base = {
  legalName: z.string().min(1).max(500),
  taxIds: z.record(z.string().regex(/^[A-Z_]{2,12}$/), z.string().min(1).max(40)).default({}),
  country: countryCode,
  defaultCurrency: currencyCode,
  defaultLanguage: language,
  address: z.string().max(1000).optional(),
  bankAccounts: z.array(BankAccountInput).max(20).default([]),
};

/** Russian requisites are complete or rejected; elsewhere an IBAN is what a payer needs. */
function checkRequisites(c: { country?: string; bankAccounts?: z.infer<typeof BankAccountInput>[] }, ctx: z.RefinementCtx) {
  (c.bankAccounts ?? []).forEach((b, i) => {
    const missing = c.country === 'RU'
      ? (['account', 'bic', 'correspondentAccount'] as const).filter((k) => !b[k])
      : b.iban ? [] : (['iban'] as const);
    for (const k of missing) ctx.addIssue({ code: 'custom', path: ['bankAccounts', i, k], message: `is required for a ${c.country} company` });
  });
}

export const NewCompany = z.strictObject(base).superRefine(checkRequisites);
export type NewCompany = z.infer<typeof NewCompany>;

export const CompanyPatch = z
  .strictObject({ ...base, version: z.int().positive() })
  .partial()
  .required({ version: true })
  .superRefine(checkRequisites);
export type CompanyPatch = z.infer<typeof CompanyPatch>;
