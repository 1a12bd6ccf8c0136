/**
 * One view-model for everything Debitor writes to a customer: e-mails, letters, PDF documents. Every
 * template (any language) and every document renders from this shape and nothing else (D4: everything
 * the customer needs to pay is in it). Money is a decimal string with its currency ("1234.50"), exact to
 * the kopeck; dates are 'YYYY-MM-DD'. Formatting for people (1 234,50 ₽; 05.11.2025) is the renderer's job.
 */
import type { Language } from '../domain/fields.ts';

export type MessageKind =
  | 'pre-due-reminder' // L1/P4: before the due date
  | 'due-date-reminder' // L2: on the due date
  | 'demand-letter' // L3: not paid on time: pay, or penalties apply
  | 'official-letter-request' // L4/L5: send an official letter with the payment date
  | 'formal-claim' // L6: the claim (претензия) with a response deadline and the legal basis
  | 'payment-plan-confirmation' // S4: the agreed instalments
  | 'promise-confirmation' // P13: "we have recorded that you will pay X on D"
  | 'statement-of-account' // all open invoices and the balance
  | 'reconciliation-act-cover'; // the cover letter of an акт сверки

export type Party = {
  legalName: string;
  taxIds: Record<string, string>; // { INN, KPP } / { EDRPOU } / { EIK, VAT } …
  country: string; // ISO 3166 alpha-2
  address?: string | undefined;
};

export type BankDetails = {
  bankName: string;
  iban?: string | undefined; bic?: string | undefined; // SEPA and most of the world
  account?: string | undefined; correspondentAccount?: string | undefined; // Russia: р/с, БИК (bic), к/с
};

export type InvoiceLine = {
  number: string; issueDate: string; dueDate: string;
  amount: string; paid: string; balance: string; currency: string;
  daysOverdue: number; // 0 when not yet due
};

export type LetterViewModel = {
  kind: MessageKind;
  language: Language; // 'ru' | 'uk' | 'bg' | 'en'
  date: string; // the letter's date
  reference: string; // our outgoing number, e.g. "DBT-2025-000123"
  company: Party & { bank: BankDetails; signatory?: { name: string; title: string } | undefined; phone?: string | undefined; email?: string | undefined };
  customer: Party;
  contact?: { name: string; role?: string | undefined } | undefined;
  contract?: { number: string; date: string; penalty?: { kind: 'percent_per_day' | 'percent_per_year'; rate: string } | undefined } | undefined;
  invoices: InvoiceLine[];
  total: { amount: string; currency: string }; // sum of the balances
  deadline?: string | undefined; // pay by (demand) / respond by (claim: date + the contract's claim period, default 30 days)
  promise?: { date: string; amount: string; currency: string } | undefined; // promise confirmation (P13)
  instalments?: { date: string; amount: string; currency: string }[] | undefined; // payment plan (S4)
  paymentPurpose: string; // what the payer writes in the transfer, e.g. "Оплата по счетам 15, 16"
};
