import { z } from 'zod';
import { CONTACT_ROLES, language, uuid } from '../domain/fields.ts';

const phone = z.string().regex(/^\+?[0-9 ()-]{5,30}$/, 'must be a phone number such as +7 495 123-45-67');
const email = z.email('must be an e-mail address');

// P8: every channel (work, mobile and home phones; work and personal e-mail; messengers).
// P9: several key people, with the one who decides on payments marked.
const base = {
  name: z.string().min(1).max(300),
  role: z.enum(CONTACT_ROLES),
  decidesOnPayments: z.boolean().default(false),
  phones: z.strictObject({ work: phone.optional(), mobile: phone.optional(), home: phone.optional() }).default({}),
  emails: z.strictObject({ work: email.optional(), personal: email.optional() }).default({}),
  messengers: z.record(z.string().min(1).max(40), z.string().min(1).max(200)).default({}),
  preferredChannel: z.enum(['phone', 'mobile', 'email', 'messenger', 'letter']).optional(),
  language: language.optional(),
  notes: z.string().max(5000).optional(),
};

export const NewContact = z.strictObject({ customerId: uuid, ...base });
export type NewContact = z.infer<typeof NewContact>;

export const ContactPatch = z.strictObject({ ...base, version: z.int().positive() }).partial().required({ version: true });
export type ContactPatch = z.infer<typeof ContactPatch>;
