import type { LanguageScripts } from './types.ts';

/** S1–S5 in English. Never opens with an apology (S2); the contact stage names the amount and the months (S3). */
export const en: LanguageScripts = {
  preparation: [
    'Debt: {amount}, {daysOverdue} days overdue, invoices {invoiceNumbers}.',
    'Debtor type: {debtorType}. Decides on payments: {contactName}.',
    'History: promises, payments, earlier calls and their results are in the customer file.',
    'Before dialling, choose the goal (a payment date, a schedule, a meeting) and the tactic.',
  ],
  entering: [
    'Good afternoon, this is {collectorName} from {companyName}.',
    'Please put me through to {contactName}. Who in your company decides on payments?',
    'If they are not in: who stands in for them? Tell me the exact day and time to call back.',
  ],
  contact: {
    L1: [
      'Are you happy with our delivery and our work — is everything in order with the quality?',
      'A reminder about invoices {invoiceNumbers} for {months}, {amount} in total: they are due on {dueDate}. Please confirm the payment will go out on time.',
    ],
    L2: [
      'Is everything in order with the delivery and the documents for {months}?',
      'Today is the last day to pay {amount} for invoices {invoiceNumbers}. Has the payment gone out? If not, please pay it today, by the end of the day.',
    ],
    L4: ['We have not received payment for {months}. The debt is now {amount}. Please pay today, or send an official letter with the payment date.'],
    L5: ['Payment for {months} has not arrived: the debt is {amount}, and we have had no official letter. Please send today an official letter with the exact payment date.'],
    S5: ['We have not received the payment for {months} you promised: the debt is {amount}. Tell me the new exact payment date.'],
    N7: ['We have not received payment for {months}. The debt is now {amount}. Let us agree how it will be repaid.'],
    default: ['We have not received payment for {months}. The debt is now {amount}. Let us agree how it will be repaid.'],
  },
  contactCommon: [
    'Tell me the exact payment date and the amount.',
    'If the whole amount is not there now, let us agree on instalments: a schedule with dates and amounts. We stay in touch.',
    'If the person responsible is away, who stands in for them?',
  ],
  leaving: [
    'So we have agreed: {agreedAmount} paid by {agreedDate}. Please confirm.',
    'The agreement is recorded; you will receive a confirmation by e-mail.',
    'We suggest a meeting to sign a reconciliation act and the payment schedule.',
  ],
  analysis: [
    'Was the goal of the call reached? Was the tactic right?',
    'Record the result; put the expected payment date or the next call time in the diary.',
    'If the money does not come, call the day after the promised date.',
  ],
};
