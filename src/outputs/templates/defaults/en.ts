/**
 * English default templates, one per MessageKind (syntax: ../parse.ts, helpers: ../helpers.ts).
 * D3: clear, polite, firm; no apologies, no threats beyond the law (U1–U4, N1, N6).
 * D4: every letter carries the invoices, the exact total, the payment details and the deadline.
 */
import type { TemplateSet } from '../types.ts';

const GREETING = `{{#if contact}}Dear {{contact.name}},{{else}}Dear Sir or Madam,{{/if}}`;

// The addressee block of a letter (L3, L4, L6, acts), with our reference (P13).
const LETTERHEAD = `Our ref.: {{reference}}, {{date date}}
To: {{customer.legalName}}{{#if customer.taxIds}}, {{taxIds customer.taxIds}}{{/if}}{{#if customer.address}}, {{customer.address}}{{/if}}
{{#if contact}}
For the attention of: {{contact.name}}{{#if contact.role}}, {{contact.role}}{{/if}}
{{/if}}
From: {{company.legalName}}{{#if company.taxIds}}, {{taxIds company.taxIds}}{{/if}}{{#if company.address}}, {{company.address}}{{/if}}`;

const CONTRACT = `{{#if contract}} under contract no. {{contract.number}} of {{date contract.date}}{{/if}}`;

// D4/S1: every invoice with its number, dates, amount, payment, balance and days overdue.
const INVOICES = `{{#each invoices}}
- invoice no. {{number}} of {{date issueDate}}, due {{date dueDate}}: amount {{money amount currency}}, paid {{money paid currency}}, balance {{money balance currency}}{{#if daysOverdue}}, {{plural daysOverdue "day"}} overdue{{/if}}{{#if @last}}.{{else}};{{/if}}
{{/each}}`;

const TOTAL = `Total due: {{money total}} ({{plural invoices.length "invoice"}}).`;

// D4: the payee's full details.
const PAYMENT = `Payment details:
Payee: {{company.legalName}}{{#if company.taxIds}}, {{taxIds company.taxIds}}{{/if}}
Bank: {{company.bank.bankName}}
{{#if company.bank.account}}
Account: {{company.bank.account}}
{{/if}}
{{#if company.bank.iban}}
IBAN: {{company.bank.iban}}
{{/if}}
{{#if company.bank.bic}}
{{#if company.bank.iban}}BIC (SWIFT){{else}}BIK (Russian bank code){{/if}}: {{company.bank.bic}}
{{/if}}
{{#if company.bank.correspondentAccount}}
Correspondent account: {{company.bank.correspondentAccount}}
{{/if}}
Payment reference: {{paymentPurpose}}`;

const SIGNATURE = `Yours sincerely,
{{#if company.signatory}}
{{company.signatory.name}}
{{company.signatory.title}}
{{/if}}
{{company.legalName}}
{{#if company.phone}}
Tel.: {{company.phone}}
{{/if}}
{{#if company.email}}
E-mail: {{company.email}}
{{/if}}`;

export const enTemplates: TemplateSet = {
  // L1/P4: before the due date, friendly and exact.
  'pre-due-reminder': {
    subject: 'Payment reminder: {{money total}} falling due, ref. {{reference}}',
    body: `${GREETING}

This is a reminder that payment${CONTRACT} falls due soon. Amounts due:

${INVOICES}

${TOTAL}

Please pay {{money total}} by the due dates above{{#if deadline}}, and no later than {{date deadline}}{{/if}}. If you have already made the payment, please send us a copy of the payment order.

${PAYMENT}

${SIGNATURE}
`,
  },

  // L2: on the due date: remind of the obligation, payment by the end of the day.
  'due-date-reminder': {
    subject: 'Payment due on {{date date}}: {{money total}}',
    body: `${GREETING}

Today, {{date date}}, payment${CONTRACT} falls due for the following invoices:

${INVOICES}

${TOTAL}

Payment on time is your obligation under the contract. Please transfer {{money total}} {{#if deadline}}no later than {{date deadline}}{{else}}by the end of today's business day{{/if}} and send us a copy of the payment order.

${PAYMENT}

${SIGNATURE}
`,
  },

  // L3: not paid on time: pay by the deadline, or the contract's penalties apply.
  'demand-letter': {
    subject: 'Demand for payment of the overdue balance of {{money total}}',
    body: `${LETTERHEAD}

${GREETING}

As of {{date date}}, the following invoices${CONTRACT} remain unpaid:

${INVOICES}

Total overdue: {{money total}} ({{plural invoices.length "invoice"}}).

We require payment of {{money total}} {{#if deadline}}by {{date deadline}} inclusive{{else}}within 5 business days of the date of this letter{{/if}}. If payment is not received by then, the sanctions provided for in the contract will apply{{#if contract.penalty}}: a penalty of {{penalty contract.penalty}}{{/if}}.

If you have already made the payment, please send us a copy of the payment order.

${PAYMENT}

${SIGNATURE}
`,
  },

  // L4/L5: payment now, or an official letter with the payment date (N3: a date and an amount).
  'official-letter-request': {
    subject: 'Payment of {{money total}} or an official letter with the payment date',
    body: `${LETTERHEAD}

${GREETING}

The following balance${CONTRACT} remains unpaid:

${INVOICES}

${TOTAL}

Please pay {{money total}} {{#if deadline}}by {{date deadline}}{{else}}by the end of the business day{{/if}} or, by the same date, send us an official letter on your company letterhead, signed by your director, confirming the amount and the exact date of payment.{{#if company.email}} A scanned copy may be sent to {{company.email}}, with the original by post.{{/if}}

${PAYMENT}

${SIGNATURE}
`,
  },

  // L6: the formal claim: contract, amount, response deadline, legal basis, court if unpaid.
  'formal-claim': {
    subject: 'Formal claim for payment of {{money total}}, ref. {{reference}}',
    body: `Formal claim for payment

${LETTERHEAD}

{{#if contract}}
{{company.legalName}} and {{customer.legalName}} are parties to contract no. {{contract.number}} of {{date contract.date}}.
{{/if}}
The following invoices were issued and have not been paid when due:

${INVOICES}

Amount claimed: {{money total}} ({{plural invoices.length "invoice"}}).

This claim is made under {{#if contract}}the contract and {{/if}}the applicable law, which require the obligation to pay to be performed properly and on time.{{#if contract.penalty}} The contract provides for a penalty of {{penalty contract.penalty}}.{{/if}}

We require payment of {{money total}} to the account below, and your response to this claim, by {{date deadline}}. If the amount is not paid by that date, {{company.legalName}} will refer the matter to the competent court to recover the debt{{#if contract.penalty}}, the contractual penalty{{/if}} and the legal costs.

${PAYMENT}

${SIGNATURE}
`,
  },

  // S4: the agreed instalments, repeated back; the client confirms.
  'payment-plan-confirmation': {
    subject: 'Payment plan for the balance of {{money total}}',
    body: `${GREETING}

We confirm the agreed payment plan for the balance${CONTRACT}:

{{#each instalments}}
{{@number}}. {{date date}}: {{money amount currency}}{{#if @last}}.{{else}};{{/if}}
{{/each}}

The balance the plan covers:

${INVOICES}

${TOTAL}

Please make each payment on its date and confirm the plan by reply{{#if deadline}} by {{date deadline}}{{/if}}. If a payment does not arrive on time, we will contact you on the next business day.

${PAYMENT}

${SIGNATURE}
`,
  },

  // P13: "we have recorded that you will pay X on D".
  'promise-confirmation': {
    subject: 'Confirmation: payment of {{money promise}} on {{date promise.date}}',
    body: `${GREETING}

Thank you for the conversation. We have recorded that you will pay {{money promise}} on {{date promise.date}}.

Balance as of {{date date}}:

${INVOICES}

${TOTAL}

{{#if deadline}}
If the payment has not arrived by {{date deadline}}, we will contact you on the next business day.
{{/if}}

${PAYMENT}

${SIGNATURE}
`,
  },

  // All open invoices and the balance (D4).
  'statement-of-account': {
    subject: 'Statement of account as of {{date date}}: {{money total}} due',
    body: `${LETTERHEAD}

${GREETING}

Please find below your statement of account${CONTRACT} as of {{date date}}. Open invoices:

${INVOICES}

${TOTAL}

{{#if deadline}}
Please settle the overdue balance by {{date deadline}} and the other invoices by their due dates.
{{/if}}
If your records differ from ours, please let us know the numbers of the documents concerned.

${PAYMENT}

${SIGNATURE}
`,
  },

  // S4/S5: the reconciliation act (акт сверки): sign and return within 10 days.
  'reconciliation-act-cover': {
    subject: 'Reconciliation statement as of {{date date}}',
    body: `${LETTERHEAD}

${GREETING}

Please find attached the reconciliation statement (reconciliation act) between {{company.legalName}} and {{customer.legalName}}${CONTRACT} as of {{date date}}. According to our records, the balance due is {{money total}}:

${INVOICES}

Please sign the statement and return one copy to us within 10 days of receipt. If you find any discrepancies, please note them in the statement and enclose the supporting documents.

{{#if deadline}}
Please pay the balance of {{money total}} by {{date deadline}}.
{{/if}}

${PAYMENT}

Enclosure: reconciliation statement.

${SIGNATURE}
`,
  },
};
