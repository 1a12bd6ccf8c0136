import { api } from '../../../ui/http.ts';

export type DebtorType = 'cannot_pay' | 'delays' | 'avoids';
export const DEBTOR_TYPES: readonly DebtorType[] = ['cannot_pay', 'delays', 'avoids'];

export type Contact = {
  id: string; name: string; role: string; decidesOnPayments: boolean; phones: Record<string, string>; emails: Record<string, string>;
  messengers?: Record<string, string>; preferredChannel: string | null; language: string | null; notes: string | null;
};

export type FileInvoice = {
  id: string; number: string; issueDate: string; dueDate: string; currency: string; amount: string; paid: string; balance: string;
  daysOverdue: number; policyCode: string | null; ladderStep: string | null; ladderStepOn: string | null; claimDeadline: string | null;
  heldBy: 'dispute' | 'promise' | null; promisedDate: string | null;
  nextAction: { id: string; dueDate: string; stepCode: string | null; kind: string; channel: string; windowStart: string } | null;
};

export type TimelineEntry = { at: string; kind: string; title: string; detail: Record<string, unknown> };

export type History = {
  brokenPromises: number; keptPromises: number; openPromises?: number; openPlans: number; paidInvoices: number;
  averageDaysLate: number | null; partlyPaidInvoices: number; lastPaymentOn: string | null; unansweredCalls: number; refusals: number;
};

export type CustomerFile = {
  asOf: string;
  header: {
    id: string; companyName: string; legalName: string; externalId: string | null; country: string; timeZone: string; language: string;
    riskClass: string | null; creditLimit: { amount: string; currency: string } | null; paymentOrdering: string | null;
    debtorType: DebtorType | null; debtorTypeNote: string | null; isIndividual: boolean; policyCode: string | null; version: number;
    debt: { currency: string; total: string; overdue: string }[];
    oldestDaysOverdue: number;
    decisionMaker: { id: string; name: string; role: string } | null;
    suggestion: { debtorType: DebtorType | null; reasons: { code: string; value: number }[] };
    history: History;
  };
  contacts: Contact[];
  invoices: FileInvoice[];
  timeline: TimelineEntry[];
};

export const fetchCustomerFile = (id: string) => api<CustomerFile>(`/api/v1/customers/${id}/file`);
/** D1: a person sets the debtor type; the file only suggests one. */
export const saveDebtorType = (id: string, debtorType: DebtorType | null, note?: string) =>
  api<{ debtorType: DebtorType | null }>(`/api/v1/customers/${id}/debtor-type`, 'PUT', { debtorType, ...(note ? { note } : {}) });
/** A note in the customer's history, signed with the user's name. */
export const addNote = (id: string, text: string) => api<{ id: string }>(`/api/v1/customers/${id}/notes`, 'POST', { text });
