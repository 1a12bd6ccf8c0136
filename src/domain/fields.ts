import { z } from 'zod';

/** Field validators shared by every input: each error message says what the field must be. */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date as YYYY-MM-DD')
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
  }, 'is not a real calendar date');

export const currencyCode = z.string().regex(/^[A-Z]{3}$/, 'must be an ISO 4217 code such as RUB, EUR, UAH, USD');

export const countryCode = z.string().regex(/^[A-Z]{2}$/, 'must be an ISO 3166 alpha-2 code such as RU, UA, BG');

export const LANGUAGES = ['ru', 'uk', 'bg', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const language = z.enum(LANGUAGES);

/** P8: who a contact is at the customer; "decides on payments" is a separate flag. */
export const CONTACT_ROLES = ['general_director', 'cfo', 'executive_director', 'chief_accountant', 'secretary', 'other'] as const;
export type ContactRole = (typeof CONTACT_ROLES)[number];

export const timeZone = z.string().refine((tz) => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return tz.includes('/') || tz === 'UTC';
  } catch {
    return false;
  }
}, 'must be an IANA time zone such as Europe/Moscow');

/** Money travels as a decimal string ("1234.50"): a JSON number would already be a float. */
export const decimalString = z
  .string()
  .regex(/^\d+(\.\d+)?$/, 'must be a decimal string such as "1234.50" (not a number, no exponent, no sign)');

export const uuid = z.uuid('must be an id (UUID)');

export const paymentTerms = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('net_calendar_days'), days: z.int().min(0).max(3650) }),
  z.strictObject({ kind: z.literal('net_business_days'), days: z.int().min(0).max(2000) }),
  z.strictObject({ kind: z.literal('end_of_month_plus'), days: z.int().min(0).max(3650) }),
]);

export const documentRef = z.strictObject({
  kind: z.string().min(1).max(60),
  number: z.string().max(100).optional(),
  date: isoDate.optional(),
  url: z.string().max(2000).optional(),
});
