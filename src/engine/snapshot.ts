import type { Touch } from '../domain/contact-policy/index.ts';
import type { FiredStep } from '../domain/policy/types.ts';
import type { PromiseState } from '../domain/promises.ts';

/** One open invoice of the customer as the planner sees it on the run date. */
export type InvoiceState = {
  id: string; number: string; dueDate: string; currency: string;
  balance: bigint; disputed: boolean; // balance as of the run date
  policyCode: string; // resolved: invoice override, else customer's, else the risk class's, else standard
  claimResponseDays: number; // from the contract (L6), default 30
  hasOfficialLetter: boolean; // an official letter with a payment date was received (L5, L6)
  ladder: { fired: FiredStep[]; claimDeadline?: string | undefined; jumpToClaim: boolean };
};

/** What the planner knows about one customer on the run date: everything it decides from. */
export type CustomerSnapshot = {
  id: string; externalId: string | null; legalName: string;
  country: string; timeZone: string; language: string;
  collectorId: string | null; riskClass: string | null; isIndividual: boolean;
  stoppedUntil?: string | undefined; // a collection stop in force on the run date
  invoices: InvoiceState[];
  promises: PromiseState[]; // open promises
  brokenPromises: number; // broken so far (S5: on the third the ladder jumps to the claim)
  touches: Touch[]; // recent contacts, made or planned, for the contact policy
  openTasks: { id: string; invoiceIds: string[]; dueDate: string; channel: string }[];
};
