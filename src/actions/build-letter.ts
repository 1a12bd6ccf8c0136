import { addBusinessDays, addCalendarDays, calendarFor, daysBetween } from '../domain/calendar/index.ts';
import { DomainError } from '../domain/errors.ts';
import type { Language } from '../domain/fields.ts';
import { formatAmount } from '../domain/money.ts';
import { contactRoleLabel } from '../outputs/contact-roles.ts';
import type { LetterViewModel, MessageKind } from '../outputs/view-model.ts';
import type { DbOrTx } from '../store/db.ts';
import { promisesToConfirm } from '../store/confirmations.store.ts';
import { letterSource } from '../store/letters.store.ts';

/** Which message a policy step's template key means. */
export const KIND_OF_TEMPLATE: Record<string, MessageKind> = {
  'letter.pre-due': 'pre-due-reminder',
  'letter.reminder': 'due-date-reminder',
  'letter.demand': 'demand-letter',
  'letter.official-letter-request': 'official-letter-request',
  'letter.formal-claim': 'formal-claim',
  'letter.payment-plan': 'payment-plan-confirmation',
  'letter.promise': 'promise-confirmation',
  'letter.statement': 'statement-of-account',
  'letter.reconciliation': 'reconciliation-act-cover',
};

const PURPOSE: Record<Language, (numbers: string) => string> = {
  ru: (n) => `Оплата по счетам № ${n}`,
  uk: (n) => `Оплата за рахунками № ${n}`,
  bg: (n) => `Плащане по фактури № ${n}`,
  en: (n) => `Payment of invoices ${n}`,
};

/**
 * D4: the one view-model of a letter, from the books as of `asOf`: the invoices to the kopeck, what is
 * left to pay, the payee's bank details for the currency, and the deadline: for a demand 5 business
 * days; for a formal claim the contract's claim period (default 30 calendar days, L6).
 */
export async function buildLetter(
  db: DbOrTx, args: { customerId: string; invoiceIds: string[]; kind: MessageKind; asOf: string; reference: string; language?: Language | undefined },
): Promise<{ vm: LetterViewModel; recipient: string | undefined; companyId: string }> {
  const src = await letterSource(db, args.customerId, args.invoiceIds, args.asOf);
  if (!src) throw new DomainError('not_found', `customer ${args.customerId} does not exist`);
  const open = src.invoices.filter((i) => i.amount - i.paid > 0n);
  const invoices = open.length > 0 ? open : src.invoices;
  const currency = invoices[0]?.currency ?? 'RUB';
  const contact = src.contacts[0];
  const language = (args.language ?? contact?.language ?? src.customer.language) as Language;
  const bank = src.company.bankAccounts.find((b) => b.currency === currency) ?? src.company.bankAccounts[0];
  const total = invoices.filter((i) => i.currency === currency).reduce((sum, i) => sum + (i.amount - i.paid), 0n);
  const claimDays = src.contract?.claimResponseDays ?? 30;
  const deadline = args.kind === 'formal-claim' ? addCalendarDays(args.asOf, claimDays)
    : ['demand-letter', 'official-letter-request', 'due-date-reminder'].includes(args.kind) ? addBusinessDays(calendarFor(src.customer.country), args.asOf, 5)
      : undefined;
  const vm: LetterViewModel = {
    kind: args.kind, language, date: args.asOf, reference: args.reference,
    company: { legalName: src.company.legalName, taxIds: src.company.taxIds, country: src.company.country, address: src.company.address ?? undefined, bank: bank ?? { bankName: '—' } },
    customer: { legalName: src.customer.legalName, taxIds: src.customer.taxId ? { [src.customer.taxIdKind ?? 'TAX_ID']: src.customer.taxId } : {}, country: src.customer.country, address: src.customer.legalAddress ?? undefined },
    contact: contact ? { name: contact.name, role: contactRoleLabel(contact.role, language) } : undefined,
    contract: src.contract ? { number: src.contract.number, date: src.contract.date, penalty: src.contract.penalty ?? undefined } : undefined,
    invoices: invoices.map((i) => ({
      number: i.number, issueDate: i.issueDate, dueDate: i.dueDate, currency: i.currency,
      amount: formatAmount(i.amount, i.currency), paid: formatAmount(i.paid, i.currency), balance: formatAmount(i.amount - i.paid, i.currency),
      daysOverdue: Math.max(0, daysBetween(i.dueDate, args.asOf)),
    })),
    total: { amount: formatAmount(total, currency), currency },
    deadline,
    paymentPurpose: PURPOSE[language](invoices.map((i) => i.number).join(', ')),
  };
  if (args.kind === 'promise-confirmation' || args.kind === 'payment-plan-confirmation') { // P13: what was agreed, as recorded
    const agreed = (await promisesToConfirm(db, args.customerId, args.invoiceIds)).map((p) => ({ date: p.promisedDate, amount: formatAmount(p.amount, p.currency), currency: p.currency }));
    if (args.kind === 'promise-confirmation') vm.promise = agreed[0];
    else vm.instalments = agreed;
  }
  const recipient = src.contacts.map((c) => c.emails.work ?? c.emails.personal).find(Boolean);
  return { vm, recipient, companyId: src.company.id };
}
